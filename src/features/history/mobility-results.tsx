import type { MobilityTest } from '../../db/mobility-schema';
import { useMobilityTests } from '../../db/use-mobility-tests';
import { walkingSpeed } from '../../domain/mobility-norms';
import { formatNumber, type UnitSystem } from '../../domain/units';
import { formatSpeed } from '../../ui/format-speed';
import { Link } from 'react-router';
import { formatDay } from '../../ui/format';
import { SPPB_TEST_PATH } from '../../ui/paths';

const STANCE_NAMES = { sideBySide: 'feet side by side', semiTandem: 'one foot half in front', tandem: 'feet heel to toe', oneLeg: 'on one foot' } as const;

/** One result in plain words: "Physical performance (SPPB): 9 out of 12 (balance 3, walking 3, chair stands 3)". */
export function describeMobilityTest(test: MobilityTest, units: UnitSystem): string {
  const s = (seconds: number) => `${formatNumber(seconds, 1)} seconds`;
  switch (test.kind) {
    case 'balance': {
      const tried = (Object.keys(STANCE_NAMES) as Array<keyof typeof STANCE_NAMES>).filter((stance) => test.holds[stance] !== null);
      const last = tried.at(-1)!;
      const held = test.holds[last]!;
      return `Balance test: ${tried.length} of 4 stances tried; ${STANCE_NAMES[last]} ${held >= 10 ? 'held for 10 seconds' : `held for ${s(held)}`}`;
    }
    case 'walk': {
      if (test.walkSeconds === 'unable') return `Walking speed test (${test.courseMetres} m): could not do it`;
      const speed = walkingSpeed(test.courseMetres, Math.min(...test.walkSeconds));
      return `Walking speed: ${formatSpeed(speed, units)} (over ${test.courseMetres} m)`;
    }
    case 'tug':
      return `Timed Up and Go: ${test.seconds === 'unable' ? 'could not do it' : s(test.seconds)}`;
    case 'sppb':
      return `Physical performance (SPPB): ${test.total} out of 12 (balance ${test.balanceScore}, walking ${test.walkScore}, chair stands ${test.chairStandsScore})`;
  }
}

/** Balance, walking and SPPB results, newest first, under the day's entries. */
export function MobilityResults({ units }: { units: UnitSystem }) {
  const tests = useMobilityTests();
  if (!tests) return null;
  return (
    <section aria-labelledby="history-mobility-heading">
      <h2 id="history-mobility-heading">Balance and walking tests</h2>
      {tests.length > 0 ? (
        <ul>
          {tests.map((test) => (
            <li key={test.id}>
              <strong>{formatDay(test.day)}:</strong> {describeMobilityTest(test, units)}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="link-list">
        <li>
          <Link to={SPPB_TEST_PATH}>Do the balance and walking tests</Link>
        </li>
      </ul>
    </section>
  );
}
