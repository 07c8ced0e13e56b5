import { numbersForCountry, telHref } from '../../domain/emergency-number';
import { knownNumber, type EmergencyNumber } from './use-emergency-number';
import type { TriageLevel } from '../../domain/triage-engine';
import { EmergencyNumberSetting } from './emergency-number-setting';
import { formatTime } from '../../ui/format';
import { outcomeFor } from './triage-content';
import { useNow } from './use-now';
import { PersonText } from '../../ui/person-text';

/**
 * A tel: link, as large as the screen allows: the one thing to do on the emergency
 * outcome. With no number known yet it shows nothing: never a number that may be wrong.
 */
export function CallLink({ number, text, className = 'sy-call' }: { number: string | null; text?: string; className?: string }) {
  if (number === null) return null;
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

/** The same-day line to call where the fact sheet names one (NHS 111), else where to turn. */
function UrgentLine({ emergency }: { emergency: EmergencyNumber }) {
  const line = emergency.status === 'known' ? numbersForCountry(emergency.country)?.urgentLine : undefined;
  const surgery = "Call your doctor's surgery or an urgent-care service. If they are closed, ask for the out-of-hours service.";
  if (!line) return <p>{surgery}</p>;
  return (
    <>
      <p>
        {line.where[0]!.toUpperCase() + line.where.slice(1)}:{' '}
        <CallLink number={line.number} text={`call ${line.number} (${line.name})`} className="sy-call-medium" />
      </p>
      {line.elsewhere ? (
        <p>
          In {line.elsewhere}: {surgery[0]!.toLowerCase() + surgery.slice(1)}
        </p>
      ) : null}
    </>
  );
}

/** The outcome's one clear action, then why. Shown the moment a check ends. */
export function OutcomeAdvice({ level, emergency }: OutcomeAdviceProps) {
  const number = knownNumber(emergency);
  const outcome = outcomeFor(level, number ?? 'your emergency number');
  if (level === 'emergency') {
    return (
      <div className="sy-outcome sy-outcome-emergency">
        {/* The content's own words ("Call {emergencyNumber} now.") as the link. */}
        {number ? (
          <CallLink number={number} text={outcome.action.replace(/\.$/, '')} />
        ) : (
          <p className="sy-outcome-action">{outcome.action}</p>
        )}
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
      {level === 'urgent' ? <UrgentLine emergency={emergency} /> : null}
      <p className="sy-outcome-body">{outcome.body}</p>
      {/* The body says to call the emergency number if things get worse: one tap, not a number to remember. */}
      {level === 'urgent' && number ? <CallLink number={number} text={`Call ${number} if it gets worse`} className="sy-call-small" /> : null}
    </div>
  );
}

/** The advice a past check gave, as it was given: a record, not an instruction for now. */
export function PastOutcomeAdvice({ level, title, action }: { level: TriageLevel; title: string; action: string }) {
  return (
    <div className={`sy-outcome sy-outcome-${level} sy-outcome-past`}>
      {/* Both were saved with the check, so they may have come from a backup file. */}
      <h2 className="sy-outcome-title">
        <PersonText text={title} />
      </h2>
      <p>
        You were told:{' '}
        <strong>
          <PersonText text={action} />
        </strong>
      </p>
    </div>
  );
}
