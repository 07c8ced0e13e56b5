import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { addMobilityTest, type NewMobilityTest } from '../../db/mobility-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useProfile } from '../../db/use-profile';
import { resolveEmergencyNumber } from '../../domain/emergency-number';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { HISTORY_PATH, TODAY_PATH } from '../../ui/paths';
import { useSaveGuard } from '../../ui/use-save-guard';
import { ChestPhonePicture } from './chest-phone-picture';
import { formatCourse } from './mobility-run';
import { SafetyChecklist, StopIfUnwell } from './safety-checklist';
import { ReadyTimeChoice } from './ready-time-choice';
import { SpeechToggle } from './speech-toggle';
import { useStepFocus } from './use-step-focus';
import './guided-tests.css';

/** The person's emergency number, or null until they have confirmed one (as the chair tests do). */
export function useEmergencyNumber(): string | null {
  const resolved = resolveEmergencyNumber(useProfile(), null);
  return resolved.status === 'known' ? resolved.number : null;
}

/** The live region every test screen has: what is happening, said once. */
export function Status({ children }: { children: string }) {
  return (
    <p className="gt-status" role="status" aria-live="assertive" aria-atomic="true">
      {children}
    </p>
  );
}

/** The test's area, moving focus to the top of each new step. */
export function StepArea({ step, children }: { step: string; children: ReactNode }) {
  const ref = useStepFocus(step);
  return (
    <div className="guided-test" ref={ref}>
      {children}
    </div>
  );
}

interface ReadyProps {
  intro: string;
  steps?: readonly string[];
  checks: readonly [string, string, string];
  startLabel: string;
  onStart: () => void;
  emergencyNumber: string | null;
  children?: ReactNode;
}

/** Before a test: what it is, how it goes, who should be nearby and what to clear, then Start. */
export function ReadyStep({ intro, steps, checks, startLabel, onStart, emergencyNumber, children }: ReadyProps) {
  return (
    <>
      <p className="screen-intro">{intro}</p>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
      {children}
      {steps ? (
        <section className="gt-panel" aria-labelledby="gt-how-heading">
          <h2 id="gt-how-heading">How it works</h2>
          <ol className="gt-steps">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <ReadyTimeChoice />
      {/* New checks (another way of timing chosen) start unticked. */}
      <SafetyChecklist key={checks.join('|')} checks={checks} actions={[{ label: startLabel, onStart }]} />
      <SpeechToggle />
    </>
  );
}

/** 4 metres, or 3 in a small home (the screens say the result is then scaled). */
export function CourseChoice({ course, onChange, units }: { course: 3 | 4; onChange: (course: 3 | 4) => void; units: 'metric' | 'imperial' }) {
  const name = useId();
  return (
    <section className="gt-panel" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>How far you will walk</h2>
      <fieldset className="gt-checklist">
        <legend>Measure it with a tape measure; mark the start and the end on the floor.</legend>
        {([4, 3] as const).map((metres) => (
          <label key={metres} className="gt-check gt-method">
            <input type="radio" name={name} checked={course === metres} onChange={() => onChange(metres)} />
            <span>
              <strong>{formatCourse(metres, units)}</strong>
              <span className="gt-hint">
                {metres === 4 ? 'The usual distance.' : 'If 4 metres does not fit. The result says so.'}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

interface PhoneChoiceProps {
  phone: boolean;
  onChange: (phone: boolean) => void;
  question: string;
  /** Words for each way: with the phone on the chest, and without. */
  words: Record<'phone' | 'other', { label: string; hint: string }>;
  /** The seated picture of the phone under the arms (the Timed Up and Go starts seated). */
  picture?: boolean;
}

/** Whether the phone held on the chest takes part, as large radio rows, the phone first. */
export function PhoneChoice({ phone, onChange, question, words, picture = false }: PhoneChoiceProps) {
  const name = useId();
  return (
    <section className="gt-panel" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{question}</h2>
      <fieldset className="gt-checklist">
        <legend className="visually-hidden">Choose one</legend>
        {([true, false] as const).map((value) => {
          const w = words[value ? 'phone' : 'other'];
          return (
            <label key={String(value)} className="gt-check gt-method">
              <input type="radio" name={name} checked={phone === value} onChange={() => onChange(value)} />
              <span>
                <strong>{w.label}</strong>
                <span className="gt-hint">{w.hint}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {phone && picture ? <ChestPhonePicture className="gt-picture" /> : null}
    </section>
  );
}

interface SaveStepProps {
  record: NewMobilityTest;
  /** The result, in words, before and after saving. */
  children: ReactNode;
  onDiscard: () => void;
  /** The person has already chosen to record it ("I could not do it"): saved straight away. */
  saveAtOnce?: boolean;
  onSaved?: () => void;
}

/** The result shown with Save or Do not save; once saved, the way back. */
export function SaveStep({ record, children, onDiscard, saveAtOnce = false, onSaved }: SaveStepProps) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { saving, run } = useSaveGuard();
  const save = () =>
    run(async () => {
      try {
        await addMobilityTest(record);
        onSaved?.();
        setSaved(true);
        setError(null);
        return true;
      } catch (e) {
        setError(saveFailureMessage(e, 'Sorry, your result could not be saved. Please try again.'));
        return false;
      }
    });
  const savedOnce = useRef(false);
  useEffect(() => {
    if (!saveAtOnce || savedOnce.current) return;
    savedOnce.current = true;
    void save();
  });
  return (
    <>
      {children}
      {error ? (
        <p className="gt-error" role="alert">
          {error}
        </p>
      ) : null}
      {saved ? (
        <section className="gt-panel" aria-labelledby="gt-saved-heading">
          <h2 id="gt-saved-heading">Saved</h2>
          <p>Your result is saved. Well done for doing the test.</p>
          <div className="gt-actions">
            <Link to={TODAY_PATH} className="button">
              Back to Today
            </Link>
            <Link to={HISTORY_PATH} className="button gt-secondary">
              See your history
            </Link>
          </div>
        </section>
      ) : (
        <div className="gt-actions">
          <button type="button" onClick={() => void save()} disabled={saving}>
            {saving ? 'Saving…' : 'Save my result'}
          </button>
          <button type="button" className="gt-secondary" onClick={onDiscard}>
            Do not save
          </button>
        </div>
      )}
      <NotADiagnosis />
    </>
  );
}

/**
 * The screen's step, kept in sessionStorage (key "regain-…", so Delete
 * everything clears it): a reload in the middle of a session comes back to the
 * part the person was in, at its start. `forget` drops the kept copy once the
 * result is saved, so a reload cannot offer to save it twice.
 */
export function useSessionStep<T>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const storageKey = `regain-${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const kept = globalThis.sessionStorage?.getItem(storageKey);
      return kept ? (JSON.parse(kept) as T) : initial;
    } catch {
      return initial;
    }
  });
  const set = (next: T) => {
    setValue(next);
    try {
      globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage refused (private mode): the step lasts until the page closes.
    }
  };
  const forget = () => {
    try {
      globalThis.sessionStorage?.removeItem(storageKey);
    } catch {
      // Nothing kept.
    }
  };
  return [value, set, forget];
}
