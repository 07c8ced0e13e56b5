import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { useEntriesOnDay } from '../../db/use-entries';
import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { longDate } from '../../ui/format-day';
import { useLocalToday } from '../../ui/use-local-today';
import { useHydrated } from '../../ui/use-hydrated';
import { QuickCount } from './quick-count';
import { useFirstRun } from './use-first-run';
import './today.css';
import { CHAIR_STAND_TEST_PATH, FIVE_TIMES_TEST_PATH, HISTORY_PATH, MEASUREMENTS_PATH } from '../../ui/paths';

const TodayMore = lazy(() => import('./today-more'));

/**
 * Holds the place of "Logged today" and "This week" (in the prerendered page
 * and while their code loads), shaped like them, so little below moves.
 */
const placeholder = (
  <div aria-hidden="true">
    <h2 className="today-placeholder-heading">Logged today</h2>
    <p>{'\u00a0'}</p>
    <div className="week-placeholder" />
  </div>
);

// Today is the home screen and the first thing to load: keep its imports light
// (no charts, no content pages), so logging reps is quick on a slow phone.
export default function TodayScreen() {
  const today = useLocalToday();
  const entries = useEntriesOnDay(today);
  useFirstRun();
  const hydrated = useHydrated();
  return (
    // Before the browser knows the day (prerendered HTML, hydration) the date
    // line and the lists below the count keep their place empty, so little
    // moves when they fill in.
    <Screen title="Today" intro={today ? longDate(today) : '\u00a0'}>
      <QuickCount entries={entries} />
      {hydrated ? (
        <Suspense fallback={placeholder}>
          <TodayMore today={today} entries={entries} />
        </Suspense>
      ) : (
        placeholder
      )}
      <section aria-labelledby="today-more-heading">
        <h2 id="today-more-heading">Tests and records</h2>
        <ul className="link-list">
          <li>
            <Link to={CHAIR_STAND_TEST_PATH}>30-second chair stand test</Link>
          </li>
          <li>
            <Link to={FIVE_TIMES_TEST_PATH}>Five-times sit-to-stand</Link>
          </li>
          <li>
            <Link to={MEASUREMENTS_PATH}>Add a measurement</Link>
          </li>
          <li>
            <Link to={HISTORY_PATH}>History</Link>
          </li>
        </ul>
      </section>
      <NotADiagnosis />
    </Screen>
  );
}
