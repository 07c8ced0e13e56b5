import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../src/features/progress/progress-model';
import { DENSE_POINTS, MAX_CHART_POINTS, type ProgressCard } from '../../../src/features/progress/card-parts';
import { addDays } from '../../../src/domain/dates';
import { formatDate } from '../../../src/features/progress/progress-format';
import { entry, progressData, tick, TODAY, weeksAgo } from './progress-fixtures';

function card(cards: ProgressCard[], id: string): ProgressCard {
  const found = cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}; have ${cards.map((c) => c.id).join(', ')}`);
  return found;
}

const stand = (day: string, reps: number) => entry({ kind: 'chair-stand-30s', day, reps, usedArms: false });

describe('chair stands card', () => {
  it('says in words that 3 more stands is a real change', () => {
    const data = progressData([stand(weeksAgo(4), 10), stand(weeksAgo(4, 3), 12), stand(weeksAgo(0), 14)]);
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    expect(card(cards, 'chair-stand').summary).toBe('Up 3 stands since 4 weeks ago — a real change.');
    expect(alerts).toEqual([]);
  });

  it('calls a small change what it is', () => {
    const data = progressData([stand(weeksAgo(1), 12), stand(weeksAgo(0), 13)]);
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').summary).toBe('Up 1 stand since last week — not a clear change yet.');
  });

  it('a decline of 3 stands raises the calm check banner', () => {
    const data = progressData([stand(weeksAgo(4), 14), stand(weeksAgo(0), 11)]);
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    expect(card(cards, 'chair-stand').summary).toBe('Down 3 stands since 4 weeks ago — a real change.');
    expect(alerts).toEqual(['Chair stands: down 3 stands since 4 weeks ago.']);
  });

  it('the same decline outside the chosen period does not', () => {
    const data = progressData([stand(weeksAgo(8), 14), stand(weeksAgo(3), 11), stand(weeksAgo(0), 11)]);
    expect(buildProgress(data, '4w', TODAY).alerts).toEqual([]);
    expect(buildProgress(data, '12w', TODAY).alerts).toHaveLength(1);
  });

  it('with one week of results, gives the best and asks for another week', () => {
    const data = progressData([stand(weeksAgo(0), 9), stand(weeksAgo(0, 1), 12)]);
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').summary).toBe(
      'One week of results so far: your best was 12 stands. Do the test again next week to see a trend.',
    );
  });

  it('draws best and median per week and a table of them, newest first, without empty weeks', () => {
    const data = progressData([stand(weeksAgo(2), 10), stand(weeksAgo(2, 2), 13), stand(weeksAgo(2, 4), 11), stand(weeksAgo(0), 14)]);
    const c = card(buildProgress(data, '4w', TODAY).cards, 'chair-stand');
    expect(c.chart!.rows).toEqual([
      { x: weeksAgo(3), best: null, median: null },
      { x: weeksAgo(2), best: 13, median: 11 },
      { x: weeksAgo(1), best: null, median: null },
      { x: weeksAgo(0), best: 14, median: 14 },
    ]);
    expect(c.chart!.series.map((s) => [s.label, s.dash === null ? 'solid' : 'dashed', s.marker])).toEqual([
      ['Best', 'solid', 'circle'],
      ['Median', 'dashed', 'square'],
    ]);
    expect(c.table!.columns).toEqual(['Week of', 'Best', 'Median', 'Tests']);
    expect(c.table!.rows).toEqual([
      [`${formatDate(weeksAgo(0))} (this week)`, '14', '14', '1'],
      [formatDate(weeksAgo(2)), '13', '11', '3'],
    ]);
  });

  it.each([
    ['female', [10]],
    ['male', [12]],
    ['unspecified', [10, 12]],
  ] as const)('draws the STEADI below-average line for a %s aged 72', (sex, lines) => {
    const data = progressData([stand(weeksAgo(0), 11)], { profile: { yearOfBirth: 1954, sex } });
    const c = card(buildProgress(data, '4w', TODAY).cards, 'chair-stand');
    expect(c.chart!.references.map((r) => r.y)).toEqual(lines);
    expect(c.chart!.references[0]!.label).toMatch(/below average for (women|men) aged 70–74 is under \d+ stands \(CDC STEADI\)/);
    expect(c.chart!.yDomain[0]).toBeLessThan(lines[0]!);
  });

  it('without a year of birth, says how to get the line; under 60, says there is none', () => {
    const noYear = card(buildProgress(progressData([stand(weeksAgo(0), 11)]), '4w', TODAY).cards, 'chair-stand');
    expect(noYear.chart!.references).toEqual([]);
    expect(noYear.notes).toEqual([expect.objectContaining({ link: { to: '/settings', label: 'Open Settings' } })]);
    const young = card(buildProgress(progressData([stand(weeksAgo(0), 11)], { profile: { yearOfBirth: 1980, sex: 'male' } }), '4w', TODAY).cards, 'chair-stand');
    expect(young.chart!.references).toEqual([]);
    expect(young.notes[0]!.text).toMatch(/start at age 60/);
  });
});

describe('empty states', () => {
  it('with nothing logged, every card says what to log and where', () => {
    const { cards, alerts } = buildProgress(progressData([]), '12w', TODAY);
    expect(alerts).toEqual([]);
    expect(cards.map((c) => [c.id, c.chart, c.empty?.link.to])).toEqual([
      ['chair-stand', null, '/tests/chair-stand'],
      ['five-times', null, '/tests/five-times-sit-to-stand'],
      ['daily-reps', null, '/'],
      ['daily-steps', null, '/measurements'],
      ['circumference', null, '/measurements'],
      ['weight', null, '/measurements'],
      ['grip', null, '/measurements'],
      ['protein', null, '/measurements'],
      ['plan', null, '/plan'],
    ]);
    expect(card(cards, 'chair-stand').empty!.text).toMatch(/^No chair-stand results yet/);
  });

  it('when the results are older than the period, says when the last one was', () => {
    const data = progressData([], { lastDayBefore: { 'chair-stand-30s': '2026-06-01' } });
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').empty!.text).toBe(
      `Nothing in this period. Your last one was on ${formatDate('2026-06-01')}: choose a longer period to see it, or add a new one.`,
    );
  });
});

describe('five-times sit-to-stand card', () => {
  it('reads faster as better, with the 12 s and 15 s cut-off lines', () => {
    const data = progressData([
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(4), seconds: 14 }),
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(0), seconds: 11 }),
    ]);
    const c = card(buildProgress(data, '12w', TODAY).cards, 'five-times');
    expect(c.summary).toBe('3 seconds faster since 4 weeks ago — a real change.');
    expect(c.chart!.references.map((r) => [r.y, r.label])).toEqual([
      [12, '12 seconds: low physical performance (AWGS 2019)'],
      [15, '15 seconds: low muscle strength (EWGSOP2)'],
    ]);
  });

  it('a slower time by 20 % or more is a decline worth a check', () => {
    const data = progressData([
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(3), seconds: 10 }),
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(0), seconds: 12.5 }),
    ]);
    expect(buildProgress(data, '4w', TODAY).alerts).toEqual(['Five-times sit-to-stand: 2.5 seconds slower since 3 weeks ago.']);
  });
});

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
    expect(calf.table!.rows[0]).toEqual([`${formatDate(weeksAgo(0))} (this week)`, '31.5 cm', '34 cm', '2.5 cm (2 cm or more)']);
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
    expect(thigh.table!.rows[0]).toEqual([formatDate(weeksAgo(1)), '20 in', '18 in', '2 in (0.8 in or more)']);
    expect(thigh.chart!.rows[2]).toMatchObject({ left: 20, right: 18 });
  });
});

describe('weight and grip cards', () => {
  it('weight follows the profile’s units and states the change without judging it', () => {
    const data = progressData(
      [entry({ kind: 'weight', day: weeksAgo(8), kg: 72 }), entry({ kind: 'weight', day: weeksAgo(0), kg: 70 })],
      { profile: { units: 'imperial' } },
    );
    const weight = card(buildProgress(data, '12w', TODAY).cards, 'weight');
    expect(weight.summary).toBe('Down 4.4 lb since 8 weeks ago, to 154.3 lb.');
    expect(weight.table!.rows[0]![1]).toBe('154.3 lb');
  });

  it('grip shows both hands and the EWGSOP2 line in the person’s units', () => {
    const data = progressData(
      [
        entry({ kind: 'grip', side: 'left', day: weeksAgo(4), kg: 20 }),
        entry({ kind: 'grip', side: 'right', day: weeksAgo(4), kg: 22 }),
        entry({ kind: 'grip', side: 'left', day: weeksAgo(0), kg: 15 }),
        entry({ kind: 'grip', side: 'right', day: weeksAgo(0), kg: 22 }),
      ],
      { profile: { sex: 'female', units: 'imperial' } },
    );
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    const grip = card(cards, 'grip');
    expect(grip.chart!.references).toEqual([{ y: 35.27, label: 'low grip for women is under 35.3 lb (EWGSOP2)' }]);
    expect(grip.summary).toBe('Left down 11 lb, right about the same since 4 weeks ago — a real change on the left.');
    expect(alerts).toEqual(['Grip strength: left hand down 11 lb since 4 weeks ago.']);
  });
});

describe('protein card', () => {
  const meal = (day: string, grams: number) => entry({ kind: 'protein', day, grams, scope: 'meal' });
  const wholeDay = (day: string, grams: number) => entry({ kind: 'protein', day, grams, scope: 'day' });

  it('counts the days that reached 1.0 g per kg of the latest weight; a whole-day entry is the day’s total', () => {
    const data = progressData([
      entry({ kind: 'weight', day: weeksAgo(10), kg: 70 }),
      meal(weeksAgo(0), 25),
      meal(weeksAgo(0), 25),
      meal(weeksAgo(0), 25),
      wholeDay(weeksAgo(0, 1), 60),
      meal(weeksAgo(0, 1), 30),
    ]);
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.summary).toBe('This week so far: 1 of 2 logged days reached 70 g.');
    expect(protein.chart!.series[0]).toMatchObject({ key: 'days', kind: 'bar' });
    expect(protein.chart!.rows[3]).toEqual({ x: weeksAgo(0), days: 1 });
    expect(protein.table!.rows[0]).toEqual([`${formatDate(weeksAgo(0))} (this week)`, '2', '1', '68 g']);
  });

  it('with kidney disease sets no target and says to ask a doctor or dietitian', () => {
    const data = progressData([entry({ kind: 'weight', day: weeksAgo(1), kg: 70 }), meal(weeksAgo(1), 80)], { profile: { kidneyDisease: true } });
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.notes.map((n) => n.text)).toEqual([expect.stringMatching(/sets no protein target\. Ask your doctor or dietitian/)]);
    expect(protein.summary).toBe('Last week: about 80 g a day on the days you logged.');
    expect(protein.chart!.series.map((s) => s.key)).toEqual(['grams']);
    expect(protein.table!.columns).not.toContain('Days on target');
  });

  it('with no weight logged, says the target needs one', () => {
    const data = progressData([meal(weeksAgo(0), 80)]);
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.notes).toEqual([expect.objectContaining({ text: expect.stringMatching(/Log your weight/), link: { to: '/measurements', label: 'Add a measurement' } })]);
  });
});

describe('plan card', () => {
  it('shows the share of plan items ticked off each week', () => {
    const data = progressData([], {
      planProgress: [tick(weeksAgo(0), 'movement', true), tick(weeksAgo(0, 1), 'movement', true), tick(weeksAgo(0, 1), 'session:strength-lower', false)],
    });
    const plan = card(buildProgress(data, '4w', TODAY).cards, 'plan');
    expect(plan.summary).toBe('This week so far: 2 of 3 items ticked off (67 %).');
    expect(plan.chart!.rows[3]).toEqual({ x: weeksAgo(0), share: 67 });
    expect(plan.chart!.yDomain).toEqual([0, 100]);
  });
});

describe('dense series', () => {
  it('three years of weekly results are merged to at most 80 points and drawn without dots or animation', () => {
    const entries = Array.from({ length: 157 }, (_, i) => stand(addDays(weeksAgo(156), 7 * i), 10 + (i % 5)));
    const data = progressData(entries);
    const all = card(buildProgress(data, 'all', TODAY).cards, 'chair-stand').chart!;
    expect(all.rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(all.dense).toBe(true);
    expect(all.xFormat).toBe('month-year');
    expect(all.description).toMatch(/^Chart of chair stands in 30 seconds for each 2 weeks/);
    const recent = card(buildProgress(data, '12w', TODAY).cards, 'chair-stand').chart!;
    expect(recent.rows).toHaveLength(12);
    expect(recent.dense).toBe(false);
    // Six months of weekly points still get their markers.
    const half = card(buildProgress(data, '6m', TODAY).cards, 'chair-stand').chart!;
    expect(half.rows).toHaveLength(26);
    expect(half.dense).toBe(26 > DENSE_POINTS);
    expect(half.dense).toBe(false);
  });
});
