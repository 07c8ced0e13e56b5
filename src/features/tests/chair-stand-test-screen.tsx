import { CHAIR_STAND_TEST } from './chair-stand-test';
import { TimedTestScreen } from './timed-test-screen';

/** The 30-second chair stand: the shared timed-test frame with this test's configuration. */
export default function ChairStandTestScreen() {
  return <TimedTestScreen config={CHAIR_STAND_TEST} />;
}
