import { useEffect, type RefObject } from 'react';

/** Every chart on the screen has drawn. */
export const CHARTS_DRAWN_MARK = 'progress-charts-drawn';
/** The first (top) chart has drawn: the others follow one by one. */
export const FIRST_CHART_DRAWN_MARK = 'progress-first-chart-drawn';

// Something a chart draws only once it has data and a size: a line, a dot or a bar.
const DRAWN = 'svg.recharts-surface path.recharts-curve, svg.recharts-surface .recharts-line-dots, svg.recharts-surface path.recharts-rectangle';

/**
 * Leaves performance marks once the charts in `root` have drawn, so the time
 * from opening Progress to seeing the charts can be measured in a real
 * browser (scripts/bench-progress.mjs). `key` changes when there is new data to
 * draw (another period); null while it is loading.
 */
export function useChartsDrawnMark(root: RefObject<HTMLElement | null>, expected: number, key: string | null): void {
  useEffect(() => {
    const element = root.current;
    if (key === null || !element) return;
    const charts = [...element.querySelectorAll<HTMLElement>('.progress-chart')];
    if (charts.length < expected) return;
    const drawn = (chart: Element) => chart.querySelector(DRAWN) !== null;
    let firstMarked = false;
    const check = () => {
      if (!firstMarked && charts.slice(0, 1).every(drawn)) {
        firstMarked = true;
        performance.mark(FIRST_CHART_DRAWN_MARK, { detail: { key } });
      }
      if (!charts.every(drawn)) return false;
      performance.mark(CHARTS_DRAWN_MARK, { detail: { key } });
      return true;
    };
    if (check()) return;
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, expected, key]);
}
