import { describe, expect, it } from 'vitest';
import { trendAgainstEarlier, type TrendPoint } from '../../src/domain/result-trend';

const point = (id: string, day: string, value: number, at = `${day}T10:00:00.000Z`): TrendPoint => ({ id, day, at, value });

describe('trendAgainstEarlier', () => {
  it('says a first result has nothing to compare with', () => {
    const current = point('a', '2026-11-20', 12);
    expect(trendAgainstEarlier(current, [current], 'higher')).toEqual({ earlier: [], change: null });
  });

  it('compares with the result just before, newest first, whatever order they arrive in', () => {
    const current = point('c', '2026-11-20', 12);
    const results = [point('a', '2026-11-01', 8), current, point('b', '2026-11-10', 9)];
    const trend = trendAgainstEarlier(current, results, 'higher');
    expect(trend.earlier.map((p) => p.id)).toEqual(['b', 'a']);
    expect(trend.change).toMatchObject({ amount: 3, direction: 'better', since: { id: 'b' } });
  });

  it('orders two results on the same day by the time they were saved', () => {
    const morning = point('m', '2026-11-20', 10, '2026-11-20T08:00:00.000Z');
    const evening = point('e', '2026-11-20', 11, '2026-11-20T19:00:00.000Z');
    expect(trendAgainstEarlier(evening, [evening, morning], 'higher').change).toMatchObject({ amount: 1, since: { id: 'm' } });
    expect(trendAgainstEarlier(morning, [evening, morning], 'higher')).toEqual({ earlier: [], change: null });
  });

  it('counts fewer stands as worse', () => {
    const current = point('b', '2026-11-20', 7);
    expect(trendAgainstEarlier(current, [point('a', '2026-11-01', 9), current], 'higher').change).toMatchObject({ amount: -2, direction: 'worse' });
  });

  it('counts a faster (lower) five-times time as better, without float noise', () => {
    const current = point('b', '2026-11-20', 12.0);
    const change = trendAgainstEarlier(current, [point('a', '2026-11-01', 12.3), current], 'lower').change;
    expect(change).toMatchObject({ amount: -0.3, direction: 'better' });
  });

  it('calls an equal result the same', () => {
    const current = point('b', '2026-11-20', 10);
    expect(trendAgainstEarlier(current, [point('a', '2026-11-01', 10), current], 'higher').change?.direction).toBe('same');
  });

  it('shows at most the last four earlier results', () => {
    const results = Array.from({ length: 8 }, (_, i) => point(`p${i}`, `2026-11-0${i + 1}`, i));
    const current = results[7]!;
    expect(trendAgainstEarlier(current, results, 'higher').earlier.map((p) => p.id)).toEqual(['p6', 'p5', 'p4', 'p3']);
  });
});
