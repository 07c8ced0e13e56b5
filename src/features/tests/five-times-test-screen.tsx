import { FIVE_TIMES_TEST } from './five-times-test';
import { TimedTestScreen } from './timed-test-screen';

/** The five-times sit-to-stand: the shared timed-test frame with this test's configuration. */
export default function FiveTimesTestScreen() {
  return <TimedTestScreen config={FIVE_TIMES_TEST} />;
}
