import { describe, expect, it } from 'vitest';
import { describeCounts, FHIR_GROUPS, rangeStart, totalChosen, type FhirGroup } from '../../src/domain/fhir-export-choices';

describe('how far back', () => {
  it.each([
    ['4-weeks', '2026-11-03'],
    ['12-weeks', '2026-09-08'],
    ['1-year', '2025-12-01'],
    ['everything', null],
  ] as const)('%s up to 30 November 2026 starts on %s (today is one of the days)', (range, start) => {
    expect(rangeStart(range, '2026-11-30')).toBe(start);
  });
});

describe('the preview line', () => {
  const counts = { tests: 12, measurements: 30, daily: 0, symptomChecks: 3, sarcF: 1 };
  const all = new Set<FhirGroup>(FHIR_GROUPS);

  it.each<[string, ReadonlySet<FhirGroup>, string, number]>([
    ['everything chosen', all, '12 tests, 30 measurements, 3 symptom checks, 1 SARC-F score', 46],
    ['some chosen', new Set(['tests', 'sarcF']), '12 tests, 1 SARC-F score', 13],
    ['one of each', new Set(['measurements']), '30 measurements', 30],
    ['nothing chosen', new Set(), 'Nothing to export', 0],
    ['only groups with nothing in them', new Set(['daily']), 'Nothing to export', 0],
  ])('%s', (_name, chosen, words, total) => {
    expect(describeCounts(counts, chosen)).toBe(words);
    expect(totalChosen(counts, chosen)).toBe(total);
  });

  it('says one and many in words', () => {
    expect(describeCounts({ tests: 1, measurements: 1, daily: 1200, symptomChecks: 1, sarcF: 2 }, all)).toBe(
      '1 test, 1 measurement, 1,200 daily logs, 1 symptom check, 2 SARC-F scores',
    );
  });
});
