import { useState } from 'react';
import type { MobilityTest } from '../../db/mobility-schema';
import { deleteMobilityTest, restoreMobilityTest } from '../../db/mobility-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { UndoNotice } from '../../ui/undo-notice';
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

/** What just happened to a result: deleted (with Undo), put back, or a write that failed. */
type ResultNotice = { kind: 'deleted' | 'restored'; test: MobilityTest } | { kind: 'failed'; message: string };

function noticeText(notice: ResultNotice, units: UnitSystem): string {
  if (notice.kind === 'failed') return notice.message;
  const summary = `${describeMobilityTest(notice.test, units)}, ${formatDay(notice.test.day)}`;
  return notice.kind === 'deleted' ? `Deleted ${summary}.` : `Put back ${summary}.`;
}

/**
 * Balance, walking and SPPB results, newest first, under the day's entries.
 * A result can be deleted (with Undo), not edited: its scores follow from the
 * times the test measured, so a wrong result is redone, not retyped.
 */
export function MobilityResults({ units }: { units: UnitSystem }) {
  const tests = useMobilityTests();
  const [notice, setNotice] = useState<ResultNotice | null>(null);
  if (!tests) return null;

  async function remove(test: MobilityTest) {
    try {
      const removed = await deleteMobilityTest(test.id);
      if (removed) setNotice({ kind: 'deleted', test: removed });
    } catch (error) {
      setNotice({ kind: 'failed', message: saveFailureMessage(error, 'Sorry, this result could not be deleted. Please try again.') });
    }
  }

  async function undo(test: MobilityTest) {
    try {
      await restoreMobilityTest(test);
      setNotice({ kind: 'restored', test });
    } catch (error) {
      setNotice({ kind: 'failed', message: saveFailureMessage(error, 'Sorry, this result could not be put back. Please try again.') });
    }
  }

  return (
    <section aria-labelledby="history-mobility-heading">
      <h2 id="history-mobility-heading">Balance and walking tests</h2>
      <UndoNotice
        message={notice ? noticeText(notice, units) : null}
        onUndo={notice?.kind === 'deleted' ? () => void undo(notice.test) : undefined}
        onDismiss={() => setNotice(null)}
        focusUndo={notice?.kind === 'deleted'}
      />
      {tests.length > 0 ? (
        <ul className="history-entries">
          {tests.map((test) => {
            const text = describeMobilityTest(test, units);
            return (
              <li key={test.id} className="history-entry">
                <p className="history-entry-text">
                  <strong>{formatDay(test.day)}:</strong> {text}
                </p>
                <div className="button-row">
                  <button type="button" className="button-secondary" aria-label={`Delete ${text}, ${formatDay(test.day)}`} onClick={() => void remove(test)}>
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
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
