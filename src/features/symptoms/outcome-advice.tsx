import { telHref } from '../../domain/emergency-number';
import type { EmergencyNumber } from './use-emergency-number';
import type { TriageLevel } from '../../domain/triage-engine';
import { EmergencyNumberSetting } from './emergency-number-setting';
import { formatTime } from './format';
import { outcomeFor } from './triage-content';
import { useNow } from './use-now';

/** A tel: link, as large as the screen allows: the one thing to do on the emergency outcome. */
export function CallLink({ number, text, className = 'sy-call' }: { number: string; text?: string; className?: string }) {
  return (
    <a className={className} href={telHref(number)}>
      {text ?? `Call ${number} now`}
    </a>
  );
}

function NoteTheTime() {
  const now = useNow();
  return (
    <p className="sy-note-time">
      It is now <strong>{formatTime(now)}</strong>. Note the time your symptoms started, and tell the person you speak
      to.
    </p>
  );
}

interface OutcomeAdviceProps {
  level: TriageLevel;
  emergency: EmergencyNumber;
}

/** The outcome's one clear action, then why. Shown the moment a check ends. */
export function OutcomeAdvice({ level, emergency }: OutcomeAdviceProps) {
  const outcome = outcomeFor(level, emergency.number);
  if (level === 'emergency') {
    return (
      <div className="sy-outcome sy-outcome-emergency">
        {/* The content's own words ("Call {emergencyNumber} now.") as the link. */}
        <CallLink number={emergency.number} text={outcome.action.replace(/\.$/, '')} />
        <NoteTheTime />
        <p className="sy-outcome-body">{outcome.body}</p>
        <p className="sy-outcome-unsure">If you are not sure, call.</p>
        <EmergencyNumberSetting resolved={emergency} />
      </div>
    );
  }
  return (
    <div className={`sy-outcome sy-outcome-${level}`}>
      <p className="sy-outcome-action">{outcome.action}</p>
      <p className="sy-outcome-body">{outcome.body}</p>
    </div>
  );
}

/** The advice a past check gave, as it was given: a record, not an instruction for now. */
export function PastOutcomeAdvice({ level, title, action }: { level: TriageLevel; title: string; action: string }) {
  return (
    <div className={`sy-outcome sy-outcome-${level} sy-outcome-past`}>
      <h2 className="sy-outcome-title">{title}</h2>
      <p>
        You were told: <strong>{action}</strong>
      </p>
    </div>
  );
}
