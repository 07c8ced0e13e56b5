import { describe, expect, it } from 'vitest';
import { daysSinceBackup, isBackupDue } from '../../../src/domain/backup-reminder';

const NOW = new Date('2026-11-22T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('backup reminder', () => {
  it.each([
    ['never backed up, with data', null, true, true],
    ['never backed up, nothing entered yet', null, false, false],
    ['backed up today', daysAgo(0), true, false],
    ['backed up exactly 30 days ago', daysAgo(30), true, false],
    ['backed up 30 days and a minute ago', new Date(NOW.getTime() - 30 * 86_400_000 - 60_000).toISOString(), true, true],
    ['backed up 45 days ago', daysAgo(45), true, true],
    ['a stored time that is not a date', 'not a date', true, true],
  ])('%s → remind: %s', (_name, last, hasData, due) => {
    expect(isBackupDue(last, hasData, NOW)).toBe(due);
  });

  it('counts whole days since the last backup', () => {
    expect(daysSinceBackup(null, NOW)).toBeNull();
    expect(daysSinceBackup(daysAgo(0.5), NOW)).toBe(0);
    expect(daysSinceBackup(daysAgo(31.2), NOW)).toBe(31);
  });
});
