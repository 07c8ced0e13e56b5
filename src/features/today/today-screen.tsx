import { Link } from 'react-router';
import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { longDate } from '../../ui/format-day';
import { useLocalToday } from '../../ui/use-local-today';
import { QuickCount } from './quick-count';
import { TodayEntries } from './today-entries';
import './today.css';

// Today is the home screen and the first thing to load: keep its imports light
// (no charts, no content pages), so logging reps is quick on a slow phone.
export default function TodayScreen() {
  const today = useLocalToday();
  return (
    // Before the browser knows the day (prerendered HTML, hydration) the date
    // line and "Logged today" keep their place empty, so nothing below moves
    // when they fill in.
    <Screen title="Today" intro={today ? longDate(today) : '\u00a0'}>
      <QuickCount />
      <TodayEntries today={today} />
      <section aria-labelledby="today-more-heading">
        <h2 id="today-more-heading">Tests and records</h2>
        <ul className="link-list">
          <li>
            <Link to="/tests/chair-stand">30-second chair stand test</Link>
          </li>
          <li>
            <Link to="/tests/five-times-sit-to-stand">Five-times sit-to-stand</Link>
          </li>
          <li>
            <Link to="/measurements">Add a measurement</Link>
          </li>
          <li>
            <Link to="/history">History</Link>
          </li>
        </ul>
      </section>
      <NotADiagnosis />
    </Screen>
  );
}
