import { describe, expect, it } from 'vitest';
import { buildClinicianSummary, citeResults, MAX_TRIAGE_RUNS } from '../../../src/features/data/summary-model';
import type { LogEntry } from '../../../src/db/log-entry-schema';
import { defaultProfile } from '../../../src/db/profile-defaults';
import type { Profile } from '../../../src/db/profile-schema';
import { addDays } from '../../../src/domain/dates';
import { uuid } from '../../db/backup-test-data';

const TODAY = '2026-11-22';
let n = 0;
const stamp = (day: string) => ({ id: uuid(++n), day, createdAt: `${day}T09:00:00.000Z`, updatedAt: `${day}T09:00:00.000Z` });
const chair = (daysAgo: number, reps: number): LogEntry => ({ ...stamp(addDays(TODAY, -daysAgo)), kind: 'chair-stand-30s', reps, usedArms: false });
const five = (daysAgo: number, seconds: number): LogEntry => ({ ...stamp(addDays(TODAY, -daysAgo)), kind: 'five-times-sit-to-stand', seconds });
const circ = (daysAgo: number, site: 'calf' | 'thigh' | 'upper-arm', side: 'left' | 'right', cm: number): LogEntry => ({
  ...stamp(addDays(TODAY, -daysAgo)),
  kind: 'circumference',
  site,
  side,
  cm,
});
const grip = (daysAgo: number, side: 'left' | 'right', kg: number): LogEntry => ({ ...stamp(addDays(TODAY, -daysAgo)), kind: 'grip', side, kg });
const woman76: Profile = { ...defaultProfile(), sex: 'female', yearOfBirth: 1950 };

const build = (entries: LogEntry[], profile: Profile = woman76, extra: Partial<Parameters<typeof buildClinicianSummary>[0]> = {}) =>
  buildClinicianSummary({ profile, entries, triageRuns: [], checkIns: [], ...extra }, TODAY);

describe('clinician summary: trends', () => {
  it('has twelve 7-day weeks ending today, oldest first', () => {
    const { weeks } = build([]);
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ from: '2026-08-31', to: '2026-09-06' });
    expect(weeks[11]).toMatchObject({ from: '2026-11-16', to: TODAY });
  });

  it('shows the median of each week’s tests and leaves weeks without tests empty', () => {
    const { weeks, chairStandChange, fiveTimesChange } = build([chair(0, 10), chair(2, 12), chair(3, 7), chair(80, 6), chair(90, 20), five(1, 14.2), five(79, 18)]);
    expect(weeks[11]!.chairStand).toEqual({ median: 10, count: 3 });
    expect(weeks[0]!.chairStand).toEqual({ median: 6, count: 1 }); // 80 days ago; 90 days ago is outside
    expect(weeks[5]!.chairStand).toBeNull();
    expect(chairStandChange?.amount).toBe(4);
    expect(fiveTimesChange?.amount).toBe(-3.8);
  });

  it('gives each week’s median to one decimal', () => {
    // 14.22 and 14.3: the middle is 14.26.
    expect(build([five(1, 14.22), five(2, 14.3)]).weeks[11]!.fiveTimes).toEqual({ median: 14.3, count: 2 });
  });
});

describe('clinician summary: latest results against cut-offs', () => {
  it('compares the latest chair stand with STEADI for the person’s age band and sex', () => {
    const below = build([chair(5, 12), chair(1, 9)]).latest.chairStand!;
    expect(below.entry.reps).toBe(9);
    expect(below.assessment!.comparisons).toEqual([
      expect.objectContaining({ sex: 'female', belowAverage: true, threshold: expect.objectContaining({ band: '75-79', belowAverageIfUnder: 10, source: expect.stringContaining('STEADI') }) }),
    ]);
    expect(build([chair(1, 10)]).latest.chairStand!.assessment!.comparisons[0]!.belowAverage).toBe(false);
  });

  it('applies no chair-stand norm without a year of birth, or under 60', () => {
    expect(build([chair(1, 9)], { ...woman76, yearOfBirth: undefined }).latest.chairStand!.assessment).toBeNull();
    expect(build([chair(1, 9)], { ...woman76, yearOfBirth: 1990 }).latest.chairStand!.assessment!.comparisons).toEqual([]);
  });

  it('shows both sexes’ cut-offs when sex is not given', () => {
    const summary = build([chair(1, 9), grip(1, 'left', 20)], { ...woman76, sex: 'unspecified' });
    expect(summary.latest.chairStand!.assessment!.comparisons.map((c) => c.sex)).toEqual(['female', 'male']);
    expect(summary.latest.grip!.results.map((r) => `${r.standard} ${r.sex} ${r.low}`)).toEqual([
      'EWGSOP2 female false',
      'EWGSOP2 male true',
      'AWGS 2019 female false',
      'AWGS 2019 male true',
    ]);
  });

  it('flags a slow five-times sit-to-stand against EWGSOP2, AWGS and the age norm', () => {
    const results = build([five(1, 16.4)]).latest.fiveTimes!.results;
    expect(results.map((r) => [r.id, r.flagged])).toEqual([
      ['ewgsop2-low-strength', true],
      ['awgs2019-low-performance', true],
      ['bohannon2006-70-79', true],
    ]);
  });

  it('uses the stronger hand of the latest left and right grip', () => {
    const summary = build([grip(10, 'left', 30), grip(2, 'left', 14), grip(3, 'right', 17.5)]);
    expect(summary.latest.grip!.best.kg).toBe(17.5);
    expect(summary.latest.grip!.results.map((r) => r.low)).toEqual([false, true]); // EWGSOP2 < 16, AWGS < 18
  });

  it('compares each calf with the AWGS cut-off', () => {
    const calf = build([circ(3, 'calf', 'left', 31.2), circ(3, 'calf', 'right', 33.4)]).latest.calf;
    expect(calf.map((c) => [c.entry.side, c.results[0]!.low])).toEqual([
      ['left', true],
      ['right', false],
    ]);
  });

  it('flags the latest SARC-F at 4 or more', () => {
    const sarcF = { id: uuid(900), day: '2026-11-20', at: '2026-11-20T10:00:00.000Z', answers: { strength: 1, walking: 1, rising: 1, stairs: 1, falls: 0 } as const, total: 4 };
    const older = { ...sarcF, id: uuid(901), at: '2026-10-01T10:00:00.000Z', total: 0, answers: { strength: 0, walking: 0, rising: 0, stairs: 0, falls: 0 } as const };
    expect(build([], woman76, { sarcFResults: [older, sarcF] }).latest.sarcF).toMatchObject({ suggestsAssessment: true, result: { total: 4 } });
  });
});

describe('clinician summary: left–right gaps', () => {
  it('flags calf and thigh gaps of 2 cm or more, and shows upper arm and grip without a flag', () => {
    const { gaps } = build([
      circ(3, 'calf', 'left', 31.2),
      circ(3, 'calf', 'right', 33.4),
      circ(3, 'thigh', 'left', 45),
      circ(3, 'thigh', 'right', 46.5),
      circ(3, 'upper-arm', 'left', 25),
      circ(3, 'upper-arm', 'right', 29),
      grip(2, 'left', 14),
      grip(2, 'right', 20),
    ]);
    expect(gaps.map((g) => [g.what, g.gap, g.flagged])).toEqual([
      ['calf', 2.2, true],
      ['thigh', 1.5, false],
      ['upper-arm', 4, null],
      ['grip', 6, null],
    ]);
    expect(gaps[0]!.source).toContain('Product choice');
  });

  it('leaves out a site measured on one side only', () => {
    expect(build([circ(3, 'calf', 'left', 31)]).gaps).toEqual([]);
  });
});

describe('clinician summary: symptom history', () => {
  it('lists the newest red-flag checks first, at most five, and sums up check-ins of the last 12 weeks by sign', () => {
    const runs = Array.from({ length: 8 }, (_, i) => ({ id: uuid(700 + i), at: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`, level: 'self-care' as const, answers: {} }));
    const checkIns = [
      { id: uuid(800), day: '2026-11-20', at: '2026-11-20T10:00:00.000Z', signIds: ['tiring-quickly'] },
      { id: uuid(802), day: '2026-10-02', at: '2026-10-02T10:00:00.000Z', signIds: ['poorer-balance', 'tiring-quickly'] },
      { id: uuid(803), day: '2026-10-01', at: '2026-10-01T10:00:00.000Z', signIds: [] },
      { id: uuid(801), day: '2026-08-01', at: '2026-08-01T10:00:00.000Z', signIds: ['poorer-balance', 'clothes-looser'] },
    ];
    const summary = build([], woman76, { triageRuns: runs, checkIns });
    expect(summary.triageRuns).toHaveLength(MAX_TRIAGE_RUNS);
    expect(summary.triageRuns[0]!.at).toBe('2026-11-17T10:00:00.000Z');
    expect(summary.triageRunCount).toBe(8);
    expect(summary.checkInCount).toBe(3); // the one from August is over 12 weeks ago
    expect(summary.lastCheckIn).toBe('2026-11-20');
    expect(summary.signs).toEqual([
      { id: 'tiring-quickly', count: 2, lastDay: '2026-11-20' },
      { id: 'poorer-balance', count: 1, lastDay: '2026-10-02' },
    ]);
  });
});

describe('clinician summary: the results table', () => {
  it('words one row per cut-off, groups the rows of one result, and numbers each source once', () => {
    const summary = build([chair(1, 9), five(1, 16.4), circ(3, 'calf', 'left', 31.2), circ(3, 'calf', 'right', 33.4)]);
    const { groups, anyCutoff, gapSource, sources } = citeResults(summary);
    expect(groups.map((g) => [g.test, g.rows.length])).toEqual([
      ['30-second chair stand', 1],
      ['Five-times sit-to-stand', 3],
      ['Calf circumference, left', 1],
      ['Calf circumference, right', 1],
    ]);
    expect(groups[0]!.rows[0]).toMatchObject({
      cutoff: 'Below average if fewer than 10 (women), age 75–79',
      finding: 'Below average',
      flagged: true,
      source: 1,
    });
    expect(groups[1]!.result).toMatch(/^16\.4 s, /);
    // Both calves cite the same AWGS source: one number.
    expect(groups[2]!.rows[0]!.source).toBe(groups[3]!.rows[0]!.source);
    expect(anyCutoff).toBe(true);
    // The gap's source comes after the results' sources.
    expect(gapSource).toBe(sources.length);
    expect(sources[gapSource! - 1]).toContain('Product choice');
    expect(new Set(sources).size).toBe(sources.length);
  });

  it('with no sex given, puts both sexes’ cut-offs in one row and says for whom the result is low', () => {
    const { groups } = citeResults(build([grip(1, 'left', 20)], { ...woman76, sex: 'unspecified' }));
    expect(groups[0]!.rows[0]).toMatchObject({ cutoff: 'EWGSOP2: low if under 16 kg (women) / 27 kg (men)', finding: 'Low for men', flagged: true });
  });

  it('without a year of birth, shows the chair stand with no norm and cites nothing', () => {
    const { groups, anyCutoff, gapSource, sources } = citeResults(build([chair(1, 9)], { ...woman76, yearOfBirth: undefined }));
    expect(groups[0]!.rows).toEqual([
      expect.objectContaining({ cutoff: 'No year of birth given: no norm applied', finding: '—', flagged: null, source: null }),
    ]);
    expect([anyCutoff, gapSource, sources]).toEqual([false, null, []]);
  });

  it('with no results, has no rows', () => {
    expect(citeResults(build([]))).toEqual({ groups: [], anyCutoff: false, gapSource: null, sources: [] });
  });
});
