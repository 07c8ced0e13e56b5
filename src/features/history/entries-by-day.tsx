import { Link } from 'react-router';
import type { LogEntry } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import { entryName, entrySummary, entryValue } from '../../ui/describe-entry';
import { dayHeading } from '../../ui/format-day';
import { PersonText } from '../../ui/person-text';
import { HISTORY_PATH } from '../../ui/paths';

interface EntriesByDayProps {
  /** Already newest first. */
  entries: LogEntry[];
  units: UnitSystem;
  today: LocalDate;
  onDelete: (entry: LogEntry) => void;
}

function groupByDay(entries: LogEntry[]): Array<{ day: LocalDate; entries: LogEntry[] }> {
  const groups: Array<{ day: LocalDate; entries: LogEntry[] }> = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last?.day === entry.day) last.entries.push(entry);
    else groups.push({ day: entry.day, entries: [entry] });
  }
  return groups;
}

export function EntriesByDay({ entries, units, today, onDelete }: EntriesByDayProps) {
  return groupByDay(entries).map(({ day, entries: ofDay }) => {
    const heading = dayHeading(day, today);
    return (
      <section key={day} className="history-day" aria-labelledby={`day-${day}`}>
        <h2 id={`day-${day}`}>{heading}</h2>
        <ul className="history-entries">
          {ofDay.map((entry) => {
            // Every button says which entry it acts on: "Delete Weight: 150 lb, Today".
            const which = `${entrySummary(entry, units)}, ${heading}`;
            return (
              <li key={entry.id} className="history-entry">
                <p className="history-entry-text">
                  {entryName(entry)}: <strong>{entryValue(entry, units)}</strong>
                </p>
                {entry.note ? (
                  <p className="entry-note">
                    <PersonText text={entry.note} />
                  </p>
                ) : null}
                <div className="button-row">
                  <Link id={`edit-${entry.id}`} to={`${HISTORY_PATH}/${entry.id}`} className="button button-secondary" aria-label={`Edit ${which}`}>
                    Edit
                  </Link>
                  <button type="button" className="button-secondary" aria-label={`Delete ${which}`} onClick={() => onDelete(entry)}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}
