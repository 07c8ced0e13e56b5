import AxeBuilder from '@axe-core/playwright';
import type { TestInfo } from '@playwright/test';
import { expect, type Page } from './fixtures';

/**
 * The layout sweep's checks (issue 15): run on one screen state at one
 * viewport, at normal text and at 200 % text, they collect every problem
 * into one list, so a failure names the route, the viewport, the text size
 * and each offending element at once.
 */

export interface SweepViewport {
  width: number;
  height: number;
  /** axe is slow: it runs at one viewport only. */
  axe: boolean;
}

export const SWEEP_VIEWPORTS: readonly SweepViewport[] = [
  { width: 320, height: 640, axe: false },
  { width: 360, height: 740, axe: true },
  { width: 390, height: 844, axe: false },
];

/**
 * 200 % text is the root font size doubled, as a person's own text-size
 * setting would make it: the app's 18 px base becomes 36 px. (The CSP allows
 * no inline style tags, so it is set through the CSSOM.)
 */
export const TEXT_SCALES = [
  { name: '100 % text', scale: 1 },
  { name: '200 % text', scale: 2 },
] as const;

/** The smallest tap target the sweep accepts, in CSS px. */
export const MIN_TARGET_PX = 44;

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs in the page. Returns one line per problem:
 * 1. the page scrolls sideways;
 * 2. a word in the navigation or a heading is split over two lines;
 * 3. a button, link or form control is smaller than minTarget × minTarget
 *    (radio buttons and checkboxes count by their label; links inside a
 *    sentence are exempt, as in WCAG 2.5.8), or its label is wider than it;
 * 4. scrolled to the middle of the screen, a control is not the topmost thing
 *    at its centre (a fixed header, bar or floating message covers it).
 */
function collectLayoutProblems(minTarget: number): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const viewWidth = root.clientWidth;
  const viewHeight = window.innerHeight;
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  const describe = (el: Element | null): string => {
    if (!el) return 'nothing';
    const tag = el.tagName.toLowerCase();
    const type = el instanceof HTMLInputElement ? `[type=${el.type}]` : '';
    const cls = el.classList[0] ? `.${el.classList[0]}` : '';
    const labels = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.labels : null;
    let name = clean(el.getAttribute('aria-label')) || clean(labels?.[0]?.textContent) || clean(el.textContent);
    if (!name) name = el.id || el.getAttribute('name') || '';
    if (name.length > 60) name = `${name.slice(0, 57)}…`;
    return name ? `${tag}${type}${cls} "${name}"` : `${tag}${type}${cls}`;
  };
  const hasBox = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && hasBox(el);
  /** Hidden for the eye but kept for screen readers (.visually-hidden: a 1 px clipped box). */
  const visuallyHidden = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width <= 2 || r.height <= 2;
  };
  const ancestors = (el: Element): Element[] => {
    const list: Element[] = [];
    for (let p = el.parentElement; p && p !== document.body && p !== root; p = p.parentElement) list.push(p);
    return list;
  };

  // 1. Sideways scrolling, with the elements that stick out past the right edge.
  const overflow = root.scrollWidth - viewWidth;
  if (overflow > 0) {
    const inFlow = (el: Element) =>
      ![el, ...ancestors(el)].some((a) => ['fixed', 'sticky'].includes(getComputedStyle(a).position)) &&
      // Inside a box that scrolls or clips, it does not make the page scroll.
      !ancestors(el).some((a) => getComputedStyle(a).overflowX !== 'visible');
    const all = [...document.body.querySelectorAll('*')].filter((el) => visible(el) && inFlow(el));
    const shown = new Set(all);
    const tooWide = (el: Element) => el.getBoundingClientRect().right > viewWidth + 0.5;
    // Boxes wider than the screen inside a parent that fits.
    const wide = all.filter((el) => tooWide(el) && !(el.parentElement && el.parentElement !== document.body && tooWide(el.parentElement)));
    // Content that spills out of a box that itself fits (a long word, a row that does not wrap): the innermost such box.
    const spills = (el: Element) =>
      // Form controls clip what they hold.
      !el.matches('input, select, textarea') &&
      el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && el.getBoundingClientRect().left + el.scrollWidth > viewWidth + 0.5;
    const spilling = all.filter((el) => spills(el) && ![...el.querySelectorAll('*')].some((child) => shown.has(child) && spills(child)));
    const culprits = [
      ...wide.map((el) => `${describe(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`),
      ...spilling.map((el) => `${describe(el)} (content ${el.scrollWidth} px wide in a ${el.clientWidth} px box)`),
    ];
    problems.push(`the page scrolls sideways by ${overflow} px: ${culprits.slice(0, 5).join('; ') || 'cause not found'}`);
  }

  // 2. Words split across lines in the navigation and the headings.
  const wordRoots = document.querySelectorAll(
    'nav[aria-label="Main"] a, nav[aria-label="Main"] button, .app-header a, .app-header button, h1, h2, h3',
  );
  const range = document.createRange();
  for (const wordRoot of wordRoots) {
    if (!visible(wordRoot)) continue;
    const walker = document.createTreeWalker(wordRoot, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !visible(parent) || visuallyHidden(parent)) continue;
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) {
          const where = wordRoot.closest('nav, .app-header') ? 'navigation' : wordRoot.tagName.toLowerCase();
          // "sit-to-stand" split after one of its own hyphens, or a word cut anywhere else.
          let at = match.index;
          const atHyphens = match[0].split(/(?<=-)/).every((part) => {
            range.setStart(node, at);
            range.setEnd(node, at + part.length);
            at += part.length;
            return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size === 1;
          });
          const how = match[0].includes('-') && atHyphens ? 'split at its hyphen' : 'broken';
          problems.push(`word "${match[0]}" is ${how} over ${lines.size} lines in the ${where}: ${describe(wordRoot)}`);
        }
      }
    }
  }

  // The controls: radio buttons, checkboxes and hidden inputs count by their label.
  const controls = document.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="radio"], [role="checkbox"], [role="tab"]',
  );
  // While a modal dialog is open, the page behind it is inert: only the dialog's controls count.
  const modal = document.querySelector('dialog:modal');
  const targets = new Set<Element>();
  for (const el of controls) {
    if (el.closest('.skip-link, [inert]') || (modal && !modal.contains(el))) continue;
    let target: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox' || visuallyHidden(el))) {
      const label = el.closest('label') ?? el.labels?.[0];
      if (label) target = label;
      else if (visuallyHidden(el)) continue;
    }
    if (visible(target) && !visuallyHidden(target)) targets.add(target);
  }

  // 3. Tap target size.
  const inSentence = (el: Element) => {
    if (el.tagName !== 'A' || !getComputedStyle(el).display.startsWith('inline')) return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return clean(block?.textContent).length > clean(el.textContent).length;
  };
  for (const el of targets) {
    const r = el.getBoundingClientRect();
    if ((Math.round(r.width) < minTarget || Math.round(r.height) < minTarget) && !inSentence(el)) {
      problems.push(`${describe(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px, smaller than ${minTarget}×${minTarget}`);
    }
  }

  // 3b. A label wider than its own control: cut off, or spilling out over what is beside it.
  for (const el of targets) {
    if (el.matches('input, select, textarea') || inSentence(el) || el.clientWidth === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      problems.push(`${describe(el)} holds ${el.scrollWidth} px of content in a ${el.clientWidth} px box: its label is cut or spills out`);
    }
  }

  // 4. Covered by a fixed or sticky element once scrolled into view.
  const layer = (el: Element | null): string => {
    for (let p = el; p && p !== root; p = p.parentElement) {
      const position = getComputedStyle(p).position;
      if (position === 'fixed' || position === 'sticky') return `${describe(p)} (${position})`;
    }
    return describe(el);
  };
  for (const el of targets) {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    let onTop = false;
    let inView = false;
    let cover: Element | null = null;
    for (const r of [el.getBoundingClientRect(), ...el.getClientRects()]) {
      if (r.width < 1 || r.height < 1) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= viewWidth || y >= viewHeight) continue;
      inView = true;
      const hit = document.elementFromPoint(x, y);
      if (hit && (hit === el || el.contains(hit))) {
        onTop = true;
        break;
      }
      cover ??= hit;
    }
    if (!inView) problems.push(`${describe(el)} cannot be scrolled into view`);
    else if (!onTop) problems.push(`${describe(el)} is covered by ${layer(cover)} when scrolled to the middle of the screen`);
  }
  window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  return problems;
}

async function axeProblems(page: Page): Promise<string[]> {
  // axe's target-size rule counts a control half under the sticky header as
  // too small, so check from the top, as the screen first appears.
  await page.evaluate(() => window.scrollTo({ top: 0, left: 0, behavior: 'instant' }));
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes.map((n) => n.target.join(' '));
    const more = nodes.length > 5 ? ` and ${nodes.length - 5} more` : '';
    return `axe ${v.id} (${v.help}): ${nodes.slice(0, 5).join(', ')}${more}`;
  });
}

/** Sets the root font size to `scale` times the app's own, and waits for the page to reflow. */
export async function setTextScale(page: Page, scale: number, settle = true): Promise<void> {
  await page.evaluate((factor) => {
    // The layout at rest: each countdown number pops in at 1.4 times its size (gt-pop, 0.4 s). "Get ready: 10"
    // at 320 px and 200 % text once showed 2 px of sideways scroll with no element to blame, in one full run
    // of four; a check made while the "10" was still scaled up would show just that. So animations are run
    // to their end before measuring.
    for (const animation of document.getAnimations()) if (animation.effect?.getTiming().iterations !== Infinity) animation.finish();
    const style = document.documentElement.style;
    style.removeProperty('font-size');
    if (factor !== 1) {
      const base = parseFloat(getComputedStyle(document.documentElement).fontSize);
      style.setProperty('font-size', `${base * factor}px`, 'important');
    }
    return document.fonts.ready.then(() => undefined);
  }, scale);
  if (settle) await waitForSteadyLayout(page);
}

/** What changes while the page still reflows: its size, and the size of each chart. */
function layoutSignature(): string {
  const root = document.documentElement;
  const charts = [...document.querySelectorAll('svg')].map((svg) => {
    const r = svg.getBoundingClientRect();
    return `${Math.round(r.width)}x${Math.round(r.height)}`;
  });
  return [root.scrollWidth, root.scrollHeight, ...charts].join(',');
}

/**
 * Charts and other boxes that measure themselves redraw after a resize
 * observer fires: wait until two readings in a row agree. Polled from the
 * test's side, because some groups pause the page's clock (and with it the
 * page's timers and animation frames).
 */
async function waitForSteadyLayout(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(layoutSignature);
        const steady = now === last;
        last = now;
        return steady;
      },
      { message: 'the page stops reflowing after the text size changes', intervals: [50, 50, 100, 100, 250], timeout: 10_000 },
    )
    .toBe(true);
}

export interface CheckOptions {
  /** Run axe here too (at the axe viewport). Default true. */
  axe?: boolean;
  /** Runs before axe, e.g. to let a paused clock run again. */
  beforeAxe?: () => Promise<void>;
  /**
   * Runs after the text size is set, before the checks; false skips this
   * text size (for a state that exists only at some sizes, like an open menu).
   */
  prepare?: () => Promise<boolean>;
  /** Undoes `prepare`, before the text size changes back. */
  undo?: () => Promise<void>;
}

/** One group of screen states at one viewport, sharing one page. */
export class LayoutSweep {
  checked = 0;
  axeRuns = 0;

  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
    readonly viewport: SweepViewport,
  ) {}

  async start(): Promise<void> {
    await this.page.setViewportSize({ width: this.viewport.width, height: this.viewport.height });
  }

  /** Checks the screen as it is now, at each text size; every problem is a soft failure naming the state. */
  async check(state: string, options: CheckOptions = {}): Promise<void> {
    const { width, height } = this.viewport;
    for (const { name, scale } of TEXT_SCALES) {
      await setTextScale(this.page, scale);
      if (options.prepare && !(await options.prepare())) continue;
      const problems = await this.page.evaluate(collectLayoutProblems, MIN_TARGET_PX);
      if (this.viewport.axe && options.axe !== false) {
        await options.beforeAxe?.();
        problems.push(...(await axeProblems(this.page)));
        this.axeRuns += 1;
      }
      this.checked += 1;
      const where = `${state} at ${width}×${height}, ${name}`;
      if (problems.length > 0) {
        await this.testInfo.attach(`${where}.jpeg`, {
          body: await this.page.screenshot({ fullPage: true, scale: 'css', type: 'jpeg', quality: 60 }),
          contentType: 'image/jpeg',
        });
      }
      expect.soft(problems, where).toEqual([]);
      await options.undo?.();
    }
    // Back to normal text for the taps to the next state (nothing is measured until the next check).
    await setTextScale(this.page, 1, false);
  }
}
