import { describe, expect, it } from 'vitest';
import { proteinForDay, proteinTarget } from '../../src/domain/protein-target';
import { stepsTarget } from '../../src/domain/steps-target';
import { dailyReminderCalendar } from '../../src/domain/reminder-calendar';

describe('protein target', () => {
  it.each([
    [{ weightKg: 70, kidneyDisease: false, exercisingOrRecovering: false }, 70, 84],
    [{ weightKg: 70, kidneyDisease: false, exercisingOrRecovering: true }, 84, 105],
    [{ weightKg: 50.5, kidneyDisease: false, exercisingOrRecovering: false }, 51, 61],
  ])('%j → %i–%i g a day', (input, min, max) => {
    expect(proteinTarget(input)).toMatchObject({ status: 'target', minGrams: min, maxGrams: max, perMeal: { min: 20, max: 40 } });
  });

  it('sets no target with kidney disease, whatever the weight', () => {
    expect(proteinTarget({ weightKg: 70, kidneyDisease: true, exercisingOrRecovering: true })).toEqual({ status: 'kidney-caution' });
    expect(proteinTarget({ weightKg: null, kidneyDisease: true, exercisingOrRecovering: false })).toEqual({ status: 'kidney-caution' });
  });

  it('asks for a weight when none is logged', () => {
    expect(proteinTarget({ weightKg: null, kidneyDisease: false, exercisingOrRecovering: false })).toEqual({ status: 'no-weight' });
  });

  it('adds up meals, but a whole-day entry is the total', () => {
    expect(proteinForDay([{ grams: 25, scope: 'meal' }, { grams: 30, scope: 'meal' }])).toBe(55);
    expect(proteinForDay([{ grams: 25, scope: 'meal' }, { grams: 70, scope: 'day' }])).toBe(70);
    expect(proteinForDay([])).toBe(0);
  });
});

describe('steps target', () => {
  it.each([
    [[], { kind: 'default', min: 6000, max: 8000 }],
    [[3000, 3200, 2800], { kind: 'personal', baseline: 3000, goal: 3500 }],
    [[7800, 7900, 7700], { kind: 'personal', baseline: 7800, goal: 8000 }],
    [[9000, 10000], { kind: 'personal', baseline: 9500, goal: 9500 }],
    [[1000, 1000, 1000, 1000, 1000, 1000, 1000, 5000, 5000, 5000, 5000, 5000, 5000, 5000], { kind: 'personal', baseline: 5000, goal: 5500 }],
  ])('recent %j → %j', (recent, expected) => {
    expect(stepsTarget(recent)).toEqual(expected);
  });
});

describe('daily reminder calendar file', () => {
  const ics = dailyReminderCalendar({
    time: '09:30',
    startDay: '2026-11-23',
    uid: 'regain-reminder@regain.local',
    title: 'Regain: today’s exercise',
    description: 'Open Regain, do today’s session; tick it off.',
    now: new Date(Date.UTC(2026, 10, 22, 12, 0, 0)),
  });
  it('repeats daily at the chosen local time', () => {
    const lines = ics.split('\r\n');
    expect(lines).toContain('RRULE:FREQ=DAILY');
    expect(lines).toContain('DTSTART:20261123T093000');
    expect(lines).toContain('DTSTAMP:20261122T120000Z');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
  });
  it('escapes commas and semicolons in the text', () => {
    expect(ics).toContain('DESCRIPTION:Open Regain\\, do today’s session\\; tick it off.');
  });
});
