import { Link } from 'react-router';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import type { UnitSystem } from '../../domain/units';
import type { LogEntry } from '../../db/log-entry-schema';
import { entryName, entryValue } from '../../ui/describe-entry';
import { savedTime } from '../../ui/format-day';
import { PersonText } from '../../ui/person-text';
import { HISTORY_PATH } from '../../ui/paths';

/** What has been logged today, newest first, each with the time it was saved. */
export function TodayEntries({ entries }: { entries: LogEntry[] | undefined }) {
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
  return (
    <>
      <ul className="entry-list">
        {newestFirst.map((entry) => {
          const time = savedTime(entry);
          return (
            <li key={entry.id}>
              {time ? <span className="entry-time">{time} </span> : null}
              {entryName(entry)}: <strong>{entryValue(entry, units)}</strong>
              {entry.note ? <PersonText className="entry-note" text={entry.note} /> : null}
            </li>
          );
        })}
      </ul>
      <p>
        <Link to={HISTORY_PATH} className="text-link">
          Change or delete in History
        </Link>
      </p>
    </>
  );
}
