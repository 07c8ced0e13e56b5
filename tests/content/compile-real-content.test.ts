// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { realContent } from '../support/real-content';

describe('the real content in content/', () => {
  it('compiles: every page valid, every source defined, every link alive', async () => {
    const content = await realContent();
    const paths = content.pages.map((p) => p.path);
    expect(paths).toContain('/learn/protein-and-food');
    expect(paths).toContain('/learn/sources');
    expect(content.pages.filter((p) => p.kind === 'exercise').length).toBeGreaterThanOrEqual(14);
    for (const page of content.pages) {
      expect(page.sources.length, page.path).toBeGreaterThan(0);
      expect(page.html, page.path).not.toMatch(/<script|javascript:|on\w+=/i);
    }
    expect(content.searchIndex.length).toBe(content.pages.length);
  });

  it('has every exercise the plans need', async () => {
    const content = await realContent();
    const slugs = content.pages.filter((p) => p.kind === 'exercise').map((p) => p.path.split('/').pop());
    for (const needed of ['sit-to-stand', 'step-up', 'glute-bridge', 'calf-raise', 'wall-push-up', 'band-row', 'overhead-press', 'hip-hinge', 'heel-to-toe-walk', 'single-leg-stand', 'bird-dog', 'dead-bug', 'seated-marches', 'passive-range-of-motion']) {
      expect(slugs).toContain(needed);
    }
  });
});
