import { Link } from 'react-router';
import { useEntriesOnDay } from '../../db/use-entries';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import type { LocalDate } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import type { LogEntry } from '../../db/log-entry-schema';
import { entryName, entryValue } from '../../ui/describe-entry';

/** What has been logged today, newest first, with the day's rep total once there are several sets. */
export function TodayEntries({ today }: { today: LocalDate | null }) {
  const entries = useEntriesOnDay(today);
  // Both must be read first: a weight must not show in kg for a moment before turning into lb.
  const units = useLoadedProfile()?.units;
  const loaded = entries !== undefined && units !== undefined;
  return (
    <section className="today-entries" aria-labelledby="today-entries-heading" aria-busy={loaded ? undefined : true}>
      <h2 id="today-entries-heading">Logged today</h2>
      {/* Still reading: one empty line holds the section's place. */}
      {loaded ? <LoggedList entries={entries} units={units} /> : <p>{'\u00a0'}</p>}
    </section>
  );
}

function LoggedList({ entries, units }: { entries: LogEntry[]; units: UnitSystem }) {
  if (entries.length === 0) return <p>Nothing yet today.</p>;
  const newestFirst = [...entries].reverse();
  const sets = entries.filter((entry) => entry.kind === 'sit-to-stand-count');
  const totalReps = sets.reduce((sum, entry) => sum + entry.reps, 0);
  return (
    <>
      {sets.length > 1 ? (
        <p className="today-total">
          Sit-to-stand reps in total: <strong>{totalReps}</strong>
        </p>
      ) : null}
      <ul className="entry-list">
        {newestFirst.map((entry) => (
          <li key={entry.id}>
            {entryName(entry)}: <strong>{entryValue(entry, units)}</strong>
            {entry.note ? <span className="entry-note">{entry.note}</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/history" className="text-link">
          Change or delete in History
        </Link>
      </p>
    </>
  );
}
