import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo, shortDay } from '../progress-fixtures';

describe('limb size cards', () => {
  const cm = (site: 'calf' | 'thigh' | 'upper-arm', side: 'left' | 'right', day: string, value: number) =>
    entry({ kind: 'circumference', site, side, day, cm: value });

  it('shades and reports a new left–right gap of 2 cm in the calf', () => {
    const data = progressData([
      cm('calf', 'left', weeksAgo(3), 34),
      cm('calf', 'right', weeksAgo(3), 34),
      cm('calf', 'left', weeksAgo(0), 31.5),
      cm('calf', 'right', weeksAgo(0), 34),
    ]);
    const { cards, alerts } = buildProgress(data, '4w', TODAY);
    const calf = card(cards, 'circumference-calf');
    expect(calf.chart!.rows.map((r) => r.gap)).toEqual([null, null, null, [31.5, 34]]);
    expect(calf.chart!.band).toEqual({ key: 'gap', label: 'left and right differ by 2 cm or more' });
    expect(calf.notes[0]!.text).toMatch(/^Your left and right calf differ by 2.5 cm/);
    expect(calf.table!.rows[0]).toEqual([`${shortDay(weeksAgo(0))} (this week)`, '31.5 cm', '34 cm', '2.5 cm (2 cm or more)']);
    expect(alerts).toEqual(['Calf size: left and right now differ by 2.5 cm.']);
  });

  it('an arm gap is shaded but does not raise the banner: the arm you use most is often bigger', () => {
    const data = progressData([cm('upper-arm', 'left', weeksAgo(0), 27), cm('upper-arm', 'right', weeksAgo(0), 29.5)]);
    const { cards, alerts } = buildProgress(data, '4w', TODAY);
    expect(cards.map((c) => c.id)).toContain('circumference-upper-arm');
    expect(cards.map((c) => c.id)).not.toContain('circumference-calf');
    expect(card(cards, 'circumference-upper-arm').notes[0]!.text).toMatch(/arm you use most/);
    expect(alerts).toEqual([]);
  });

  it('shows inches when the profile says imperial', () => {
    const data = progressData([cm('thigh', 'left', weeksAgo(1), 50.8), cm('thigh', 'right', weeksAgo(1), 45.72)], { profile: { units: 'imperial' } });
    const thigh = card(buildProgress(data, '4w', TODAY).cards, 'circumference-thigh');
    expect(thigh.table!.rows[0]).toEqual([shortDay(weeksAgo(1)), '20 in', '18 in', '2 in (0.8 in or more)']);
    expect(thigh.chart!.rows[2]).toMatchObject({ left: 20, right: 18 });
  });
});
