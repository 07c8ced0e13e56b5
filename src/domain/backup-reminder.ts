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

export interface TodayReminderInputs {
  lastBackupAt: string | null;
  /** The earliest day with something logged, or null with no data. */
  firstDataDay: string | null;
  /** When "Not now" was last tapped on the reminder. */
  dismissedAt: string | null;
  now?: Date;
}

/**
 * Today's backup reminder: once 30 days have passed since the last backup (or,
 * never backed up, since the first day logged) and since it was last put off.
 * Put off with "Not now", it comes back 30 days later.
 */
export function isTodayReminderDue({ lastBackupAt, firstDataDay, dismissedAt, now = new Date() }: TodayReminderInputs): boolean {
  if (firstDataDay === null) return false;
  const [y, m, d] = firstDataDay.split('-').map(Number) as [number, number, number];
  const times = [lastBackupAt, dismissedAt].map((t) => (t === null ? Number.NaN : Date.parse(t)));
  const newest = Math.max(new Date(y, m - 1, d).getTime(), ...times.filter((t) => !Number.isNaN(t)));
  return now.getTime() - newest > BACKUP_REMINDER_DAYS * DAY_MS;
}
