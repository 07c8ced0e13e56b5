import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import plans from 'virtual:regain-content/plans';
import pageLoaders from 'virtual:regain-content/pages';
import type { ContentPage } from '../../content/content-types';
import { todayLocal } from '../../domain/dates';
import { setPlanItemDone } from '../../db/plan-progress-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useProfile } from '../../db/use-profile';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { useFocusMode } from '../../ui/use-focus-mode';
import { RestTimer } from './rest-timer';
import './plan.css';
import { wholeWords } from '../../ui/whole-words';
import { PLAN_PATH } from '../../ui/paths';

/** The exercise's library page (its picture and how-to), loaded when the step changes. */
function useExercisePage(path: string): ContentPage | null {
  const [page, setPage] = useState<ContentPage | null>(null);
  useEffect(() => {
    let current = true;
    void pageLoaders[path]?.().then((m) => current && setPage(m.default));
    return () => {
      current = false;
    };
  }, [path]);
  return page?.path === path ? page : null;
}

/** Today's session, one exercise and one set at a time, with a rest timer between sets. */
export default function SessionScreen() {
  const { sessionId } = useParams();
  const profile = useProfile();
  const navigate = useNavigate();
  const plan = plans.find((p) => p.level === profile.planLevel);
  const session = plan?.sessions.find((s) => s.id === sessionId);
  const [position, setPosition] = useState({ step: 0, set: 1, resting: false });
  const [finished, setFinished] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useUnsavedInput('plan-session', !finished && (position.step > 0 || position.set > 1));
  // A running session has the screen to itself; "End the session" is its way out.
  useFocusMode(Boolean(session) && !finished);

  const endRest = useCallback(() => setPosition((p) => ({ ...p, resting: false })), []);
  const page = useExercisePage(session?.exercises[position.step]?.path ?? '');

  if (!plan || !session) {
    return (
      <Screen title="Session not found" intro="This session is not part of your current plan.">
        <Link className="button" to={PLAN_PATH}>
          Back to Plan
        </Link>
      </Screen>
    );
  }

  const step = session.exercises[position.step]!;
  const lastSet = position.set === step.sets;
  const lastStep = position.step === session.exercises.length - 1;

  const setDone = async () => {
    if (lastSet && lastStep) {
      setFailure(null);
      try {
        await setPlanItemDone(todayLocal(), `session:${session.id}`, true);
        setFinished(true);
      } catch (error) {
        // The session stays open on its last step, so Finish can be tapped again.
        setFailure(saveFailureMessage(error, 'Sorry, the session could not be ticked off. Please try again.'));
      }
      return;
    }
    setPosition(lastSet ? { step: position.step + 1, set: 1, resting: true } : { ...position, set: position.set + 1, resting: true });
  };

  if (finished) {
    return (
      <Screen title="Session done" intro={`Well done. ${session.title} is ticked off for today.`}>
        <button type="button" onClick={() => navigate(PLAN_PATH)}>
          Back to Plan
        </button>
      </Screen>
    );
  }

  return (
    <Screen title={session.title} intro={`Exercise ${position.step + 1} of ${session.exercises.length}`}>
      <ol className="session-steps" aria-label="Exercises in this session">
        {session.exercises.map((s, index) => (
          <li key={`${s.exercise}-${index}`} aria-current={index === position.step ? 'step' : undefined} className={index < position.step ? 'done' : undefined}>
            {s.title}
          </li>
        ))}
      </ol>
      <section className="card current-step" aria-labelledby="current-exercise">
        <h2 id="current-exercise">{wholeWords(step.title)}</h2>
        {/* Space kept while the page loads, so the button below does not move. Inline SVG checked at build time. */}
        <div className="session-picture" dangerouslySetInnerHTML={{ __html: page?.picture?.svg ?? '' }} />
        <p className="set-counter" aria-live="polite">
          Set {position.set} of {step.sets}: {step.reps ? `${step.reps} repeats` : `hold for ${step.seconds} seconds`}
        </p>
        <p>
          <strong>How hard:</strong> {step.effort}
        </p>
        {position.resting ? (
          <RestTimer key={`${position.step}-${position.set}`} seconds={step.restSeconds} onDone={endRest} />
        ) : (
          <button type="button" className="big-button" onClick={() => void setDone()}>
            {lastSet && lastStep ? 'Finish session' : 'Set done'}
          </button>
        )}
        <p className="form-error" role="alert">
          {failure}
        </p>
        <details>
          <summary>How to do it</summary>
          {/* Compiled and sanitized at build time (see src/content/build/markdown.ts). */}
          {page ? <div className="prose" dangerouslySetInnerHTML={{ __html: page.html }} /> : <p>Loading the how-to…</p>}
        </details>
      </section>
      <p className="small">Stop if you feel chest pain, dizziness or sudden weakness.</p>
      <p>
        <Link className="button button-secondary" to={PLAN_PATH}>
          End the session
        </Link>
      </p>
    </Screen>
  );
}
