import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addEntries } from '../../src/db/entry-batch';
import { entryProblems } from '../../src/db/entry-checks';
import { InvalidRecordError } from '../../src/db/validation-error';
import { resetDatabase } from './reset-database';

const NOW = new Date(2026, 10, 22, 9, 0);

beforeEach(resetDatabase);

describe('saving a form’s entries together', () => {
  it('saves them all, in the order the form listed them', async () => {
    const saved = await addEntries(
      [
        { kind: 'weight', day: '2026-11-22', kg: 70 },
        { kind: 'circumference', site: 'calf', side: 'left', day: '2026-11-22', cm: 35 },
      ],
      NOW,
    );
    const stored = await db.entries.where('day').equals('2026-11-22').sortBy('createdAt');
    expect(stored).toEqual(saved);
    expect(stored.map((e) => e.kind)).toEqual(['weight', 'circumference']);
  });

  it('saves none of them when one is invalid', async () => {
    const attempt = addEntries(
      [
        { kind: 'weight', day: '2026-11-22', kg: 70 },
        { kind: 'steps', day: '2026-11-22', steps: -5 },
      ],
      NOW,
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(attempt).rejects.toMatchObject({ field: 'steps', sentence: 'Enter a number of steps between 0 and 100,000.' });
    expect(await db.entries.count()).toBe(0);
  });
});

describe('entryProblems', () => {
  it('is empty for a valid entry', () => {
    expect(entryProblems({ kind: 'grip', side: 'right', day: '2026-11-22', kg: 25 })).toEqual({});
  });

  it('names every field at fault, each with its own sentence', () => {
    const future = new Date();
    future.setDate(future.getDate() + 2);
    const day = `${future.getFullYear()}-${String(future.getMonth() + 1).padStart(2, '0')}-${String(future.getDate()).padStart(2, '0')}`;
    expect(entryProblems({ kind: 'weight', day, kg: 5, note: 'x'.repeat(501) })).toEqual({
      day: 'The date cannot be in the future.',
      kg: 'Enter a weight between 20 and 350 kg.',
      note: 'A note can be at most 500 characters.',
    });
  });
});
