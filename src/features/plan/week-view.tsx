import { Link } from 'react-router';
import type { LocalDate } from '../../domain/dates';
import type { Adherence } from '../../domain/plan-adherence';
import type { PlanDay } from '../../domain/plan-week';
import type { TickFailure } from './use-plan-ticks';
import { PLAN_SESSION_PATH } from '../../ui/paths';
import { formatWeekday } from '../../ui/format';

interface WeekViewProps {
  days: readonly PlanDay[];
  today: LocalDate;
  adherence: Adherence;
  isDone: (day: LocalDate, itemId: string) => boolean;
  onToggle: (day: LocalDate, itemId: string, done: boolean) => void;
  /** A tick that could not be saved: said under that tick, where the person is looking. */
  failure?: TickFailure | null;
}

const dayName = (day: LocalDate) => formatWeekday(day);

export function WeekView({ days, today, adherence, isDone, onToggle, failure = null }: WeekViewProps) {
  const percent = Math.round(adherence.ratio * 100);
  return (
    <section aria-labelledby="this-week">
      <h2 id="this-week">This week</h2>
      <p className="adherence">
        {adherence.done} of {adherence.planned} done so far ({percent} %)
      </p>
      <progress className="adherence-bar" max={adherence.planned || 1} value={adherence.done} aria-label="This week's plan done so far" />
      <ol className="week-days">
        {days.map((planDay) => {
          const future = planDay.day > today;
          return (
            <li key={planDay.day} className={planDay.day === today ? 'today' : undefined} aria-current={planDay.day === today ? 'date' : undefined}>
              <h3>
                {dayName(planDay.day)}
                {planDay.day === today ? ' (today)' : ''}
              </h3>
              {planDay.restDay ? <p className="rest-day">Rest day from strength work: a gentle walk or stretch is good.</p> : null}
              <ul className="plan-items">
                {planDay.items.map((item) => (
                  <li key={item.id}>
                    <label className="tick">
                      <input
                        type="checkbox"
                        checked={isDone(planDay.day, item.id)}
                        disabled={future}
                        onChange={(event) => onToggle(planDay.day, item.id, event.target.checked)}
                      />
                      <span>{item.label}</span>
                    </label>
                    {item.session && planDay.day === today ? (
                      <Link className="button small-button" to={`${PLAN_SESSION_PATH}/${item.session.id}`}>
                        Start {item.session.title.toLowerCase()}
                      </Link>
                    ) : null}
                    {failure?.day === planDay.day && failure.itemId === item.id ? (
                      <p className="form-error" role="alert">
                        {failure.message}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
