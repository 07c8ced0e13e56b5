import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TriageRun } from '../../db/activity-schemas';
import { saveTriageRun } from '../../db/triage-runs-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useTriageRun } from '../../db/use-triage-runs';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { PersonText } from '../../ui/person-text';
import { Screen } from '../../ui/screen';
import { formatDateTime } from '../../ui/format';
import { PastOutcomeAdvice } from './outcome-advice';
import { outcomeFor, runTitle } from './triage-content';
import { knownNumber, useEmergencyNumber } from './use-emergency-number';
import { WhatToTellThem, type CheckDetails } from './what-to-tell-them';
import './symptoms.css';
import { PAST_CHECKS_PATH, SYMPTOMS_PATH } from '../../ui/paths';

/** One past check: the advice as it was given, and what to tell the doctor. */
export default function TriageRunScreen() {
  const { runId = '' } = useParams();
  const run = useTriageRun(runId);
  if (run === undefined) return <p className="loading">Loading…</p>;
  if (run === null) {
    return (
      <Screen title="Check not found" intro="There is no saved symptom check at this address.">
        <Link to={PAST_CHECKS_PATH} className="button">
          Past symptom checks
        </Link>
      </Screen>
    );
  }
  return <PastRun run={run} />;
}

function PastRun({ run }: { run: TriageRun }) {
  const emergency = useEmergencyNumber();
  const action = run.outcome?.action ?? outcomeFor(run.level, knownNumber(emergency) ?? 'your emergency number').action;
  const [failure, setFailure] = useState<string | null>(null);
  // The choice shows what is saved: a failed save leaves it as it was, and says why.
  const updateDetails = async (details: CheckDetails) => {
    setFailure(null);
    try {
      await saveTriageRun({ ...run, ...details });
    } catch (error) {
      setFailure(saveFailureMessage(error, 'Sorry, your answer could not be saved. Please try again.'));
    }
  };
  return (
    <Screen title={`Symptom check, ${formatDateTime(run.at)}`}>
      <PastOutcomeAdvice level={run.level} title={runTitle(run)} action={action} />
      {run.findings && run.findings.length > 0 ? (
        <ul className="sy-found">
          {run.findings.map((f) => (
            <li key={f.id}>
              From what you saved in Regain: <PersonText text={f.detail} />
            </li>
          ))}
        </ul>
      ) : null}
      {run.amends ? <p>In this check you went back and changed answers after an earlier outcome. Both are kept.</p> : null}
      <p>
        This was the advice then. If you have symptoms now, <Link to={SYMPTOMS_PATH}>check them again</Link>.
      </p>
      <WhatToTellThem
        answers={run.answers}
        at={run.at}
        startedWhen={run.startedWhen}
        side={run.side}
        onDetailsChange={(details) => void updateDetails(details)}
      />
      <p className="sy-error" role="alert">
        {failure}
      </p>
      <div className="sy-actions">
        <Link to={PAST_CHECKS_PATH} className="button sy-secondary">
          All past checks
        </Link>
      </div>
      <NotADiagnosis />
    </Screen>
  );
}
