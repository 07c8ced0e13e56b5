import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  formatLength,
  formatMass,
  formatNumber,
  fromCanonicalLength,
  fromCanonicalMass,
  lengthUnitLabel,
  massUnitLabel,
  toCanonicalLength,
  toCanonicalMass,
} from '../../src/domain/units';

// Expected text built from the integer of tenths, independently of the code under test.
function tenthsToText(tenths: number): string {
  const whole = Math.floor(tenths / 10);
  const tenth = tenths % 10;
  return tenth === 0 ? String(whole) : `${whole}.${tenth}`;
}

describe('mass', () => {
  it('shows 150 lb back as 150 lb after storing kg', () => {
    const kg = toCanonicalMass(150, 'imperial');
    expect(formatMass(kg, 'imperial')).toBe('150 lb');
  });

  it('stores kg unrounded (1 lb = 0.45359237 kg exactly)', () => {
    expect(toCanonicalMass(150, 'imperial')).toBeCloseTo(68.0388555, 9);
    expect(fromCanonicalMass(0.45359237, 'imperial')).toBe(1);
  });

  it('round-trips any imperial weight with up to 1 decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 8000 }), (tenths) => {
        const kg = toCanonicalMass(tenths / 10, 'imperial');
        expect(formatMass(kg, 'imperial', 1)).toBe(`${tenthsToText(tenths)} lb`);
      }),
    );
  });

  it('round-trips any metric weight with up to 1 decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 3500 }), (tenths) => {
        expect(formatMass(toCanonicalMass(tenths / 10, 'metric'), 'metric', 1)).toBe(`${tenthsToText(tenths)} kg`);
      }),
    );
  });

  it.each([
    [68, 'metric', 1, '68 kg'],
    [68.04, 'metric', 1, '68 kg'],
    [68.06, 'metric', 1, '68.1 kg'],
    [68.0388555, 'imperial', 1, '150 lb'],
    [70, 'imperial', 1, '154.3 lb'],
    [70, 'imperial', 0, '154 lb'],
    [-0.00001, 'metric', 1, '0 kg'],
  ] as const)('formatMass(%d, %s, %i) → %s', (kg, system, decimals, expected) => {
    expect(formatMass(kg, system, decimals)).toBe(expected);
  });

  it('labels units', () => {
    expect(massUnitLabel('metric')).toBe('kg');
    expect(massUnitLabel('imperial')).toBe('lb');
  });
});

describe('length', () => {
  it('shows 14.5 in back as 14.5 in after storing cm', () => {
    expect(formatLength(toCanonicalLength(14.5, 'imperial'), 'imperial')).toBe('14.5 in');
  });

  it('converts with 2.54 cm per inch', () => {
    expect(toCanonicalLength(10, 'imperial')).toBeCloseTo(25.4, 12);
    expect(fromCanonicalLength(25.4, 'imperial')).toBeCloseTo(10, 12);
    expect(toCanonicalLength(33, 'metric')).toBe(33);
  });

  it('round-trips any imperial length with up to 1 decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 800 }), (tenths) => {
        const cm = toCanonicalLength(tenths / 10, 'imperial');
        expect(formatLength(cm, 'imperial', 1)).toBe(`${tenthsToText(tenths)} in`);
      }),
    );
  });

  it.each([
    [33, 'metric', '33 cm'],
    [33.25, 'metric', '33.3 cm'],
    [33, 'imperial', '13 in'],
    [34, 'imperial', '13.4 in'],
  ] as const)('formatLength(%d, %s) → %s', (cm, system, expected) => {
    expect(formatLength(cm, system)).toBe(expected);
  });

  it('labels units', () => {
    expect(lengthUnitLabel('metric')).toBe('cm');
    expect(lengthUnitLabel('imperial')).toBe('in');
  });
});

describe('formatNumber', () => {
  // The app's own formatter stands in for Intl.NumberFormat('en') (too slow to build at start-up): it must read the same.
  const intl = (value: number, decimals: number) => new Intl.NumberFormat('en', { maximumFractionDigits: decimals, signDisplay: 'negative' }).format(value);

  it('reads as Intl.NumberFormat would, for any number a screen shows', () => {
    const values = fc.oneof(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 1000), // exact thousandths: the halfway cases
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 200),
    );
    fc.assert(fc.property(values, fc.integer({ min: 0, max: 3 }), (value, decimals) => formatNumber(value, decimals) === intl(value, decimals)), { numRuns: 10_000 });
  });

  it('rounds the decimal a person reads, groups thousands, and never shows -0', () => {
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(2.5, 0)).toBe('3');
    expect(formatNumber(-2.5, 0)).toBe('-3');
    expect(formatNumber(150, 1)).toBe('150');
    expect(formatNumber(1234567.891, 1)).toBe('1,234,567.9');
    expect(formatNumber(-0.00001, 2)).toBe('0');
    expect(formatNumber(999.96, 1)).toBe('1,000');
  });
});
