import { useLocation } from 'react-router';
import { BALANCE_TEST_PATH, SPPB_TEST_PATH, TUG_TEST_PATH, WALKING_SPEED_TEST_PATH } from '../../ui/paths';
import { BalanceTestScreen } from './balance-test-screen';
import { SppbTestScreen } from './sppb-test-screen';
import { TugTestScreen } from './tug-test-screen';
import { WalkingSpeedTestScreen } from './walking-speed-test-screen';
import NotFoundScreen from '../../ui/not-found-screen';

/**
 * The balance, walking speed, Timed Up and Go and SPPB screens, by address.
 * One module for the four, so they download (and are precached) as one small
 * chunk: they share most of their code and words.
 */
export default function MobilityTestsScreen() {
  const { pathname } = useLocation();
  const path = pathname.replace(/\/$/, '');
  if (path === BALANCE_TEST_PATH) return <BalanceTestScreen />;
  if (path === WALKING_SPEED_TEST_PATH) return <WalkingSpeedTestScreen />;
  if (path === TUG_TEST_PATH) return <TugTestScreen />;
  if (path === SPPB_TEST_PATH) return <SppbTestScreen />;
  // The route is tests/:mobilityTest, so any other address under /tests/ lands here.
  return <NotFoundScreen />;
}
