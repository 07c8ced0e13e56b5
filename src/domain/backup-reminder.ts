// Product choice, not a clinical figure: remind the person to back up when the
// last backup is more than 30 days old, or when they have data and never have.

export const BACKUP_REMINDER_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isBackupDue(lastBackupAt: string | null, hasData: boolean, now: Date = new Date()): boolean {
  if (!hasData) return false;
  if (lastBackupAt === null) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  return now.getTime() - last > BACKUP_REMINDER_DAYS * DAY_MS;
}

/** Whole days since the last backup (0 on the same day), or null if never. */
export function daysSinceBackup(lastBackupAt: string | null, now: Date = new Date()): number | null {
  if (lastBackupAt === null) return null;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return null;
  return Math.max(0, Math.floor((now.getTime() - last) / DAY_MS));
}
