import { useEntriesBetween } from '../../db/use-week-entries';
import type { LocalDate } from '../../domain/dates';
import { summariseWeek, type WeekDaySummary } from '../../domain/week-summary';
import { weekStart } from '../../domain/weekly-aggregation';
import { formatNumber, plural } from '../../ui/format';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** This week at a glance, Monday to Sunday: the days with sit-to-stands, the week's reps, a typical day's steps. */
export function ThisWeek({ today }: { today: LocalDate | null }) {
  const entries = useEntriesBetween(today ? weekStart(today) : null, today);
  const week = today && entries ? summariseWeek(entries, today) : null;
  return (
    <section className="this-week" aria-labelledby="this-week-heading" aria-busy={week ? undefined : true}>
      <h2 id="this-week-heading">This week</h2>
      {week ? (
        <>
          <ol className="week-days">
            {week.days.map((day, index) => (
              <WeekDay key={day.day} day={day} name={DAY_NAMES[index]!} isToday={day.day === today} />
            ))}
          </ol>
          <p>
            Sit-to-stands on {plural(week.daysWithReps, 'day', 'days')}: <strong>{plural(week.reps, 'rep', 'reps')}</strong>
          </p>
          <p>
            {week.typicalSteps === null ? (
              'No steps logged this week.'
            ) : (
              <>
                {/* "About" is the median day: one very long walk does not lift it. */}
                Steps: <strong>about {formatNumber(week.typicalSteps, 0)} a day</strong> ({plural(week.daysWithSteps, 'day', 'days')}{' '}
                logged)
              </>
            )}
          </p>
        </>
      ) : (
        // Holds the strip's place while the week is read, so nothing below moves.
        <div className="week-placeholder" aria-hidden="true" />
      )}
    </section>
  );
}

function WeekDay({ day, name, isToday }: { day: WeekDaySummary; name: string; isToday: boolean }) {
  const done = day.reps > 0;
  const said = day.future ? 'still to come' : done ? `${plural(day.reps, 'rep', 'reps')}` : 'no sit-to-stands';
  const classes = ['week-day', done ? 'week-day-done' : '', day.future ? 'week-day-future' : '', isToday ? 'week-day-today' : ''];
  return (
    <li className={classes.filter(Boolean).join(' ')} aria-label={`${name}${isToday ? ', today' : ''}: ${said}`}>
      <span aria-hidden="true">{name.slice(0, 3)}</span>
      <span aria-hidden="true" className="week-day-mark">
        {done ? '✓' : day.future ? '' : '·'}
      </span>
    </li>
  );
}
