import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { db } from '../../src/db/database';
import { addEntry, updateEntry, type NewLogEntry } from '../../src/db/entries-repository';
import { entryProblems } from '../../src/db/entry-checks';
import { exportBackup } from '../../src/db/export-backup';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup, type RestoreMode } from '../../src/db/restore-backup';
import { addSymptomCheckIn } from '../../src/db/symptom-check-ins-repository';
import { addSarcFResult } from '../../src/db/sarc-f-repository';
import { setPlanItemDone } from '../../src/db/plan-progress-repository';
import { saveProfile } from '../../src/db/profile-repository';
import { saveTriageRun } from '../../src/db/triage-runs-repository';
import { FUTURE_DAY_MESSAGE, HTML_TAG } from '../../src/db/schema-helpers';
import type { LogEntry } from '../../src/db/log-entry-schema';
import { MEASUREMENT_LIMITS, type MeasurementLimit } from '../../src/domain/measurement-limits';
import { addDays, todayLocal } from '../../src/domain/dates';
import { resetDatabase } from './reset-database';
import { snapshot } from './backup-test-data';

// Finding 1 of issue 16: every backup the app writes must restore on any phone,
// in any time zone (UTC−12 to UTC+14), at any moment after it was written, and
// what it restores must stay editable there.
//
// Node's TZ is fixed once the process starts, so a phone's time zone is played
// here by the Date methods that read the local calendar: while `livingIn(offset)`
// holds, getFullYear, getMonth, getDate, getHours… (what todayLocal() reads)
// answer as a clock set to UTC+offset would. The instant (getTime, Date.now,
// toISOString) is untouched, as on a real phone. The clock itself is moved with
// vi.setSystemTime, because the record schemas read the current time themselves.

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const NativeDate = Date;
const nativeGetTime = NativeDate.prototype.getTime;
const LOCAL_READS = {
  getFullYear: (d: Date) => d.getUTCFullYear(),
  getMonth: (d: Date) => d.getUTCMonth(),
  getDate: (d: Date) => d.getUTCDate(),
  getDay: (d: Date) => d.getUTCDay(),
  getHours: (d: Date) => d.getUTCHours(),
  getMinutes: (d: Date) => d.getUTCMinutes(),
  getSeconds: (d: Date) => d.getUTCSeconds(),
  getMilliseconds: (d: Date) => d.getUTCMilliseconds(),
};

let zoneSpies: MockInstance[] = [];

/** From now on every Date reads its local calendar as a phone set to UTC+offsetMinutes (no daylight saving). */
function livingIn(offsetMinutes: number): void {
  leaveZone();
  for (const [name, read] of Object.entries(LOCAL_READS)) {
    const spy = vi.spyOn(NativeDate.prototype, name as keyof typeof LOCAL_READS) as unknown as MockInstance<(this: Date) => number>;
    spy.mockImplementation(function (this: Date) {
      return read(new NativeDate(nativeGetTime.call(this) + offsetMinutes * MINUTE));
    });
    zoneSpies.push(spy);
  }
  const offsetSpy = vi.spyOn(NativeDate.prototype, 'getTimezoneOffset').mockImplementation(() => -offsetMinutes);
  zoneSpies.push(offsetSpy as unknown as MockInstance);
}

function leaveZone(): void {
  for (const spy of zoneSpies) spy.mockRestore();
  zoneSpies = [];
}

/** The calendar date a clock set to UTC+offset shows at this instant, worked out without the stand-in. */
function dateInZone(instant: number, offsetMinutes: number): string {
  return new NativeDate(instant + offsetMinutes * MINUTE).toISOString().slice(0, 10);
}

beforeEach(async () => {
  await resetDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  leaveZone();
  vi.useRealTimers();
});

/** Checks a backup's text and restores it as the screen does; fails the test with the message a person would read. */
async function checkAndRestore(json: string, mode: RestoreMode): Promise<void> {
  const checked = await checkBackupText(json);
  if (!checked.ok) throw new Error(`refused: ${checked.problem.message}`);
  const result = await restoreBackup(checked.backup, mode);
  if (!result.ok) throw new Error(`not restored: ${result.message}`);
}

describe('the time-zone stand-in', () => {
  it('makes todayLocal() give the date of the zone played, at the same instant', () => {
    const instant = Date.parse('2026-11-21T23:00:00.000Z');
    vi.setSystemTime(instant);
    livingIn(9 * 60);
    expect(todayLocal()).toBe('2026-11-22');
    expect(new Date().toISOString()).toBe('2026-11-21T23:00:00.000Z');
    livingIn(-8 * 60);
    expect(todayLocal()).toBe('2026-11-21');
    livingIn(-12 * 60);
    expect(todayLocal()).toBe('2026-11-21');
    livingIn(14 * 60);
    expect(todayLocal()).toBe('2026-11-22');
    expect(new Date().getHours()).toBe(13);
  });
});

describe('a backup saved in Tokyo on 22 November, restored in Los Angeles on 21 November', () => {
  const savedAt = Date.parse('2026-11-22T08:00:00.000+09:00'); // 21 Nov, 15:00 in Los Angeles

  async function saveInTokyo(): Promise<{ json: string; entry: LogEntry }> {
    vi.setSystemTime(savedAt);
    livingIn(9 * 60);
    const entry = await addEntry({ kind: 'steps', day: todayLocal(), steps: 4200 }, new Date());
    expect(entry.day).toBe('2026-11-22');
    const json = await (await exportBackup(new Date())).file.text();
    return { json, entry };
  }

  it('is restored whole, by Replace and by Merge', async () => {
    const { json } = await saveInTokyo();
    const before = await snapshot();
    for (const mode of ['replace', 'merge'] as const) {
      await resetDatabase();
      vi.setSystemTime(savedAt + 5 * MINUTE);
      livingIn(-8 * 60);
      expect(todayLocal()).toBe('2026-11-21');
      await checkAndRestore(json, mode);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('and the entry dated one day after the phone’s own date can be edited and saved there', async () => {
    const { json } = await saveInTokyo();
    await resetDatabase();
    vi.setSystemTime(savedAt + HOUR);
    livingIn(-8 * 60);
    await checkAndRestore(json, 'replace');
    const [restored] = (await db.entries.toArray()) as LogEntry[];
    expect(restored!.day).toBe(addDays(todayLocal(), 1));

    // The edit form checks the changed entry first, then saves it through the repository.
    const edited = { ...restored!, steps: 5000, note: 'walked to the harbour' } as LogEntry;
    expect(entryProblems(edited)).toEqual({});
    expect(entryProblems(edited, restored!.day)).toEqual({});
    const saved = await updateEntry(edited, { basedOn: restored!.updatedAt });
    expect(await db.entries.get(restored!.id)).toEqual(saved);
    expect(saved).toMatchObject({ day: '2026-11-22', steps: 5000, note: 'walked to the harbour' });
  });

  it('while on that phone a person still cannot pick tomorrow, for a new entry or by changing a day', () => {
    vi.setSystemTime(savedAt + HOUR);
    livingIn(-8 * 60);
    const tomorrow = addDays(todayLocal(), 1);
    expect(entryProblems({ kind: 'steps', day: tomorrow, steps: 4000 })).toEqual({ day: FUTURE_DAY_MESSAGE });
    const saved = { id: crypto.randomUUID(), kind: 'steps', day: '2026-11-20', steps: 4000, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' } as LogEntry;
    expect(entryProblems({ ...saved, day: tomorrow }, saved.day)).toEqual({ day: FUTURE_DAY_MESSAGE });
    expect(entryProblems({ kind: 'steps', day: todayLocal(), steps: 4000 })).toEqual({});
  });
});

// ---- The property: random data, saved the way the app saves it -----------------

const offsetMinutes = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15); // UTC−12 … UTC+14, as +05:45 and −09:30 are

function amount(limit: MeasurementLimit, integer = false): fc.Arbitrary<number> {
  if (integer) return fc.integer({ min: limit.min, max: limit.max });
  return fc.double({ min: limit.min, max: limit.max, noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n));
}

const side = fc.constantFrom('left' as const, 'right' as const);
const L = MEASUREMENT_LIMITS;
/** What a form hands to addEntry, without the day. */
const entryInput: fc.Arbitrary<Omit<NewLogEntry, 'day'>> = fc.oneof(
  fc.record({ kind: fc.constant('chair-stand-30s' as const), reps: amount(L.chairStandReps, true), usedArms: fc.boolean() }),
  fc.record({ kind: fc.constant('sit-to-stand-count' as const), reps: amount(L.dailySitToStandReps, true) }),
  fc.record({ kind: fc.constant('five-times-sit-to-stand' as const), seconds: amount(L.fiveTimesSitToStandSeconds) }),
  fc.record({ kind: fc.constant('circumference' as const), site: fc.constantFrom('calf' as const, 'thigh' as const, 'upper-arm' as const), side, cm: amount(L.circumferenceCm) }),
  fc.record({ kind: fc.constant('weight' as const), kg: amount(L.weightKg) }),
  fc.record({ kind: fc.constant('grip' as const), side, kg: amount(L.gripKg) }),
  fc.record({ kind: fc.constant('protein' as const), grams: amount(L.proteinG), scope: fc.constantFrom('meal' as const, 'day' as const) }),
  fc.record({ kind: fc.constant('steps' as const), steps: amount(L.steps, true) }),
);
const note = fc.option(
  fc.string({ minLength: 1, maxLength: 40 }).filter((text) => !HTML_TAG.test(text)),
  { nil: undefined },
);
const sarcFScore = fc.constantFrom(0 as const, 1 as const, 2 as const);

/** One thing the person did, some minutes before the backup (often just before); `daysBack` is how far back they dated it. */
const action = fc.record({
  minutesBefore: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 3 * 24 * 60 })),
  daysBack: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })),
  what: fc.oneof(
    fc.record({ type: fc.constant('entry' as const), input: entryInput, note }),
    fc.record({ type: fc.constant('checkIn' as const), signIds: fc.subarray(['tiring-quickly', 'poorer-balance', 'weaker-grip']) }),
    fc.record({ type: fc.constant('sarcF' as const), answers: fc.record({ strength: sarcFScore, walking: sarcFScore, rising: sarcFScore, stairs: sarcFScore, falls: sarcFScore }) }),
    fc.record({ type: fc.constant('triage' as const), level: fc.constantFrom('emergency' as const, 'urgent' as const, 'soon' as const, 'self-care' as const) }),
    fc.record({ type: fc.constant('tick' as const), itemId: fc.constantFrom('strength-lower', 'walk', 'balance'), done: fc.boolean() }),
    fc.record({ type: fc.constant('profile' as const), units: fc.constantFrom('metric' as const, 'imperial' as const), sex: fc.constantFrom('female' as const, 'male' as const, 'unspecified' as const), age: fc.integer({ min: 18, max: 110 }), planLevel: fc.integer({ min: 0, max: 3 }) }),
  ),
});
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

/** Does one action through the app's own repository, at the instant given, on a phone in the writer's zone. */
async function perform(act: Action, now: Date): Promise<void> {
  const today = todayLocal(now);
  const day = addDays(today, -act.daysBack);
  const what = act.what;
  switch (what.type) {
    case 'entry':
      await addEntry({ ...what.input, day, ...(what.note === undefined ? {} : { note: what.note }) } as NewLogEntry, now);
      return;
    case 'checkIn':
      await addSymptomCheckIn(what.signIds, now);
      return;
    case 'sarcF':
      await addSarcFResult(what.answers, now);
      return;
    case 'triage':
      await saveTriageRun({ id: crypto.randomUUID(), at: now.toISOString(), level: what.level, answers: { 'stroke-face-arm-leg': 'no' } });
      return;
    case 'tick':
      await setPlanItemDone(day, what.itemId, what.done, now);
      return;
    case 'profile':
      await saveProfile(
        { units: what.units, sex: what.sex, yearOfBirth: now.getFullYear() - what.age, planLevel: what.planLevel, planLevelChosenOn: today },
        now,
      );
  }
}

const restoreAttempt = fc.record({
  offset: offsetMinutes,
  // Mostly within hours, when a day ahead of the restoring phone's own date is likely; sometimes years later.
  delay: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 * HOUR }), fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 3 * 365 * DAY })),
  mode: fc.constantFrom('replace' as const, 'merge' as const),
});

describe('every backup the app writes restores on any phone, in any zone, at any moment after it was written', () => {
  it('random data saved through the app, exported, then checked, restored and edited under shifted clocks and zones', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2060, 0, 1) }),
        offsetMinutes,
        fc.array(action, { minLength: 1, maxLength: 6 }),
        fc.array(restoreAttempt, { minLength: 1, maxLength: 2 }),
        async (exportedAt, writerOffset, actions, attempts) => {
          await resetDatabase();
          livingIn(writerOffset);
          const ordered = [...actions].sort((a, b) => b.minutesBefore - a.minutesBefore);
          for (const act of ordered) {
            const at = exportedAt - act.minutesBefore * MINUTE;
            vi.setSystemTime(at);
            await perform(act, new Date(at));
          }
          vi.setSystemTime(exportedAt);
          const before = await snapshot();
          const json = await (await exportBackup(new Date())).file.text();
          const newestDay = [...(before.entries as LogEntry[])].map((e) => e.day).sort().at(-1);
          if (newestDay !== undefined) expect(newestDay <= dateInZone(exportedAt, writerOffset)).toBe(true);

          for (const { offset, delay, mode } of attempts) {
            await resetDatabase(); // a new phone
            livingIn(offset);
            vi.setSystemTime(exportedAt + delay);
            await checkAndRestore(json, mode);
            expect(await snapshot()).toEqual(before);

            // What was restored stays editable there: the edit form's check, then the repository's save.
            const [entry] = (await db.entries.toArray()) as LogEntry[];
            if (entry) {
              const edited = { ...entry, note: 'edited' } as LogEntry;
              expect(entryProblems(edited)).toEqual({});
              expect(entryProblems(edited, entry.day)).toEqual({});
              await expect(updateEntry(edited, { basedOn: entry.updatedAt })).resolves.toMatchObject({ id: entry.id, day: entry.day, note: 'edited' });
            }
          }
          leaveZone();
        },
      ),
      { numRuns: 50 },
    );
    // About 1–2 s on a quiet machine; the margin is for a busy one, not for a slower test.
  }, 30_000);
});
