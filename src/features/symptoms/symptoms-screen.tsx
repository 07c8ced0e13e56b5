import { useState } from 'react';
import { Link } from 'react-router';
import { useTriageRuns } from '../../db/use-triage-runs';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { EmergencyNumberSetting } from './emergency-number-setting';
import { formatDateTime } from '../../ui/format';
import { CallLink } from './outcome-advice';
import { isUnfinished, questionPath, useSymptomCheckStore } from './symptom-check-store';
import { QUESTIONS, runTitle, symptomChecklist } from './triage-content';
import { knownNumber, useEmergencyNumber } from './use-emergency-number';
import { useHydrated } from '../../ui/use-hydrated';
import './symptoms.css';
import { PAST_CHECKS_PATH, SARC_F_PATH, SYMPTOM_CHECKLIST_PATH, SYMPTOM_CHECK_PATH } from '../../ui/paths';

export default function SymptomsScreen() {
  const emergency = useEmergencyNumber();
  const [choosing, setChoosing] = useState(false);
  const draft = useSymptomCheckStore((s) => s.draft);
  const begin = useSymptomCheckStore((s) => s.begin);
  const runs = useTriageRuns();
  const latest = runs?.[0];
  // The unfinished check lives in sessionStorage: shown once hydrated, so the
  // prerendered page (which has no storage) and the first render agree.
  const hydrated = useHydrated();
  const unfinished = hydrated && isUnfinished(draft) ? draft : null;
  const continueAt = unfinished ? Math.max(QUESTIONS.findIndex((q) => unfinished.answers[q.id] === undefined), 0) : 0;

  return (
    <Screen title="Symptoms" intro="Worried about new weakness? Answer a few questions to find out how soon to get help. It takes about a minute.">
      <div className="sy-start">
        {unfinished ? (
          <>
            <Link to={questionPath(continueAt)} className="button sy-big-button">
              Continue your check (question {continueAt + 1} of {QUESTIONS.length})
            </Link>
            <Link to={SYMPTOM_CHECK_PATH} className="button sy-secondary" onClick={begin}>
              Start a new check
            </Link>
          </>
        ) : (
          <Link to={SYMPTOM_CHECK_PATH} className="button sy-big-button" onClick={begin}>
            Check symptoms now
          </Link>
        )}
      </div>

      <div className="sy-emergency-line">
        <p className="emphasis">
          If you have sudden weakness or numbness of the face, arm or leg, trouble speaking or breathing, call your
          emergency number now.
        </p>
        {/* The call button's place is kept while the settings are read, and,
            with no country yet, holds the button that sets one. */}
        <div className="sy-call-slot">
          {emergency.status === 'unconfirmed' && !choosing ? (
            <button type="button" className="sy-call-medium sy-choose-country" onClick={() => setChoosing(true)}>
              Set your country
            </button>
          ) : (
            <CallLink number={knownNumber(emergency)} className="sy-call-medium" />
          )}
        </div>
        <EmergencyNumberSetting resolved={emergency} choosing={choosing} />
      </div>

      <h2>More checks</h2>
      <ul className="sy-card-list">
        <li>
          <Link to={SYMPTOM_CHECKLIST_PATH} className="sy-card">
            <span className="sy-card-title">{symptomChecklist.title}</span>
            <span className="sy-card-summary">{symptomChecklist.summary}</span>
          </Link>
        </li>
        <li>
          <Link to={SARC_F_PATH} className="sy-card">
            <span className="sy-card-title">SARC-F muscle check</span>
            <span className="sy-card-summary">Five questions about everyday tasks, scored 0 to 10.</span>
          </Link>
        </li>
        <li>
          <Link to={PAST_CHECKS_PATH} className="sy-card">
            <span className="sy-card-title">Past symptom checks</span>
            <span className="sy-card-summary">
              {latest
                ? `Last check, ${formatDateTime(latest.at)}: ${runTitle(latest)}.`
                : 'Every check you do is kept here, on this phone.'}
            </span>
          </Link>
        </li>
      </ul>
      <NotADiagnosis />
    </Screen>
  );
}
