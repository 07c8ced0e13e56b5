import { Link } from 'react-router';
import { useTriageRuns } from '../../db/use-triage-runs';
import { isPositive } from '../../domain/triage-engine';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { PersonText } from '../../ui/person-text';
import { Screen } from '../../ui/screen';
import { formatDateTime, plural } from '../../ui/format';
import { runTitle } from './triage-content';
import './symptoms.css';
import { PAST_CHECKS_PATH, SYMPTOMS_PATH } from '../../ui/paths';

/** Every red-flag check saved on this phone, newest first, with its outcome and time. */
export default function TriageHistoryScreen() {
  const runs = useTriageRuns();
  return (
    <Screen title="Past symptom checks" intro="Each check you have done on this phone, newest first.">
      {runs === undefined ? (
        <p className="loading">Loading…</p>
      ) : runs.length === 0 ? (
        <p>You have not done a symptom check yet.</p>
      ) : (
        <ul className="sy-card-list">
          {runs.map((run) => {
            const positives = Object.values(run.answers).filter(isPositive).length;
            const changedLater = runs.some((other) => other.amends === run.id);
            return (
              <li key={run.id}>
                <Link to={`${PAST_CHECKS_PATH}/${run.id}`} className={`sy-card sy-run-${run.level}`}>
                  <span className="sy-card-title">
                    {/* Saved with the run, so it may have come from a backup file. */}
                    <PersonText text={runTitle(run)} />
                  </span>
                  <span className="sy-card-summary">
                    {formatDateTime(run.at)}.{' '}
                    {positives === 0 ? 'No warning signs.' : `${plural(positives, 'warning sign', 'warning signs')}.`}
                    {run.amends ? ' Answers changed after an earlier outcome.' : ''}
                    {changedLater ? ' Answers were changed afterwards: see the newer check.' : ''}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <div className="sy-actions">
        <Link to={SYMPTOMS_PATH} className="button sy-secondary">
          Back to Symptoms
        </Link>
      </div>
      <NotADiagnosis />
    </Screen>
  );
}
