import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { db } from '../../src/db/database';
import { addEntry, deleteEntry, entriesOnDay, restoreEntry } from '../../src/db/entries-repository';
import { InvalidRecordError } from '../../src/db/validation-error';
import { StorageFullError } from '../../src/db/storage-errors';
import { addDays } from '../../src/domain/dates';
import { latestDayAnywhere } from '../../src/domain/day-anywhere';
import { resetDatabase } from './reset-database';

const NOW = new Date(2026, 10, 22, 23, 30); // 23:30 local on 22 November 2026

beforeEach(resetDatabase);

describe('log entries', () => {
  it('round-trips a chair-stand result through the database unchanged', async () => {
    const saved = await addEntry({ kind: 'chair-stand-30s', day: '2026-11-22', reps: 12, usedArms: false }, NOW);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.entries.get(saved.id)).toEqual(saved);
    expect(await entriesOnDay('2026-11-22')).toEqual([saved]);
  });

  it('refuses reps out of range with a message that says what is allowed, and saves nothing', async () => {
    const attempt = addEntry({ kind: 'chair-stand-30s', day: '2026-11-22', reps: 61, usedArms: false }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(attempt).rejects.toThrow('reps: Enter a number of stands between 0 and 60.');
    expect(await db.entries.count()).toBe(0);
  });

  it('keeps how a guided test was measured, and what the phone recorded of each stand', async () => {
    const chair = await addEntry(
      { kind: 'chair-stand-30s', day: '2026-11-22', reps: 11, usedArms: false, countedBy: 'motion', rawCount: 12, standTimes: [2.4, 5.1], riseSeconds: [1.1, 1.3], interrupted: false },
      NOW,
    );
    const five = await addEntry({ kind: 'five-times-sit-to-stand', day: '2026-11-22', seconds: 13.2, timedBy: 'motion', rawSeconds: 13.4, standTimes: [2.6, 5.2, 7.9, 10.5, 13.4] }, NOW);
    expect(await db.entries.get(chair.id)).toEqual(chair);
    expect(await db.entries.get(five.id)).toMatchObject({ timedBy: 'motion', rawSeconds: 13.4 });
  });

  it('refuses stand lists that are too long or hold impossible times', async () => {
    const base = { kind: 'chair-stand-30s', day: '2026-11-22', reps: 11, usedArms: false } as const;
    await expect(addEntry({ ...base, standTimes: Array.from({ length: 61 }, () => 1) }, NOW)).rejects.toThrow('Stand times can hold at most 60 values.');
    await expect(addEntry({ ...base, riseSeconds: [-1] }, NOW)).rejects.toThrow('Rise times must be between 0 and 20 seconds.');
    await expect(addEntry({ ...base, countedBy: 'guess' as 'typed' }, NOW)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.entries.count()).toBe(0);
  });

  it('refuses a date in the future', async () => {
    // Saved records take any day that has begun somewhere on Earth (UTC+14 is furthest ahead): this one has not.
    const day = addDays(latestDayAnywhere(), 1);
    await expect(addEntry({ kind: 'steps', day, steps: 4000 })).rejects.toThrow('day: The date cannot be in the future.');
  });

  it('names the field at fault so a form can show the message beside it', async () => {
    const error = await addEntry({ kind: 'weight', day: '2026-11-22', kg: 5 }, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).field).toBe('kg');
    expect((error as Error).message).toBe('kg: Enter a weight between 20 and 350 kg.');
  });

  it('refuses HTML tags in a note, so every saved note can be restored from a backup', async () => {
    await expect(addEntry({ kind: 'steps', day: '2026-11-22', steps: 4000, note: 'walked <b>far</b>' }, NOW)).rejects.toThrow(
      'note: A note cannot contain HTML tags such as <b>.',
    );
    const kept = await addEntry({ kind: 'steps', day: '2026-11-22', steps: 4000, note: 'felt <3 and less than 5 km' }, NOW);
    expect(kept.note).toBe('felt <3 and less than 5 km');
  });

  it('deletes an entry and puts it back exactly on undo', async () => {
    const saved = await addEntry({ kind: 'steps', day: '2026-11-21', steps: 5200 }, NOW);
    const removed = await deleteEntry(saved.id);
    expect(await db.entries.count()).toBe(0);
    await restoreEntry(removed!);
    expect(await db.entries.get(saved.id)).toEqual(saved);
  });

  it('turns a full disk into a clear message and keeps earlier entries', async () => {
    const first = await addEntry({ kind: 'steps', day: '2026-11-20', steps: 3000 }, NOW);
    vi.spyOn(db.entries, 'add').mockRejectedValueOnce(new Dexie.QuotaExceededError('disk full'));
    const attempt = addEntry({ kind: 'steps', day: '2026-11-21', steps: 4000 }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(/out of storage space/);
    expect(await db.entries.toArray()).toEqual([first]);
  });
});
