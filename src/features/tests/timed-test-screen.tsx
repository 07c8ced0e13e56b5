import { useEffect, useMemo } from 'react';
import { useProfile } from '../../db/use-profile';
import { resolveEmergencyNumber } from '../../domain/emergency-number';
import type { TimerPhase } from '../../domain/test-timer';
import { Screen } from '../../ui/screen';
import { useFocusMode } from '../../ui/use-focus-mode';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { MotionCsvOffer } from './motion-csv-offer';
import { ReadyStep, PracticeStep } from './ready-step';
import { ResultForm } from './result-form';
import { SavedStep } from './saved-step';
import { stopSpeaking } from './speech';
import type { TimedTestConfig } from './timed-test-config';
import type { TimedTestStep } from './timed-test-store';
import { TimingStep } from './timing-step';
import { standRecord, useMotionCounting } from './use-motion-counting';
import { useInterruptionWatch } from './use-interruption-watch';
import { usePhaseSpeech } from './use-phase-speech';
import { useStepFocus } from './use-step-focus';
import { useTimedRun } from './use-timed-run';
import './guided-tests.css';

const PROBLEM_WORDS = 'The phone cannot count your stands. Choose another way below.';

/** What the live region says: the countdown, Go, the end, the result. Never each stand or each sample. */
function announcement(config: TimedTestConfig, current: TimedTestStep, phase: TimerPhase | null): string {
  if (current.step === 'timing' && phase) {
    if (phase.phase === 'countdown') return `Get ready: ${phase.count}`;
    if (phase.phase === 'running') return config.words.running(phase);
    return config.words.finished;
  }
  if (current.step === 'result') return config.words.ended[current.ending] ?? '';
  if (current.step === 'used-arms') return 'Test stopped. You needed your arms.';
  if (current.step === 'saved') return 'Your result is saved.';
  if (current.step === 'ready' && current.problem) return PROBLEM_WORDS;
  return '';
}

/** The shared frame of the timed tests: one screen, configured per test (see timed-test-config.ts). */
export function TimedTestScreen({ config }: { config: TimedTestConfig }) {
  const { store, timer } = config;
  const current = store((s) => s.current);
  const profile = useProfile();
  const stepRef = useStepFocus(current.step);
  // The person's own number, else their country's; none until they have confirmed one.
  const resolved = resolveEmergencyNumber(profile, null);
  const emergencyNumber = resolved.status === 'known' ? resolved.number : null;

  const timing = current.step === 'timing' ? current : null;
  const countdownSeconds = timing?.countdownSeconds ?? 0;
  const plan = useMemo(() => ({ countdownSeconds, testSeconds: timer.seconds }), [countdownSeconds, timer.seconds]);
  // Tenths of a second for a stopwatch, whole seconds for a countdown.
  const phase = useTimedRun(plan, timing?.startedAt ?? null, timer.kind === 'stopwatch' ? 100 : 1000);
  const motion = useMotionCounting(config, current);
  usePhaseSpeech(phase, { countsDown: timer.kind === 'countdown-to-zero', endWords: config.words.spokenEnd });
  useInterruptionWatch(timing !== null, store.getState().markInterrupted);
  useUnsavedInput(config.id, current.step === 'timing' || current.step === 'result');
  useFocusMode(current.step === 'timing');

  // The time is up (countdown), or the stopwatch reached its limit: on to checking the result.
  useEffect(() => {
    if (phase?.phase !== 'finished') return;
    const run = store.getState().current;
    if (run.step !== 'timing') return;
    const endMs = timer.seconds * 1000;
    const counted = run.method === 'motion' ? motion.finish(endMs) : null;
    const stands = counted ? standRecord(counted, timer.seconds) : { standTimes: run.standTimes, rises: [] };
    if (timer.kind === 'stopwatch') {
      store.getState().finish({ ending: 'timed-out', valueText: '', raw: null, ...stands });
      return;
    }
    const limit = config.value.limit.max;
    const raw =
      run.method === 'motion' ? Math.min(limit, Math.max(counted?.count ?? 0, run.standTimes.length)) : run.method === 'tapped' ? run.taps : null;
    store.getState().finish({ ending: 'timed', valueText: raw === null ? '' : String(raw), raw, ...stands });
  }, [phase?.phase, store, timer.seconds, timer.kind, motion, config.value.limit.max]);

  // A saved result is shown until the person leaves; next visit starts afresh. No voice goes on after leaving.
  useEffect(
    () => () => {
      stopSpeaking();
      const { current: step, reset } = store.getState();
      if (step.step === 'saved' || step.step === 'used-arms') reset();
    },
    [store],
  );

  const UsedArms = config.UsedArmsView;
  return (
    <Screen title={config.title}>
      <div className="guided-test" ref={stepRef}>
        {/* Smaller while the test runs or after a problem: at 200 % text the clock and the buttons must still fit the screen. */}
        <p
          className={timing || (current.step === 'ready' && current.problem) ? 'gt-status gt-status-compact' : 'gt-status'}
          role="status"
          aria-live="assertive"
          aria-atomic="true"
        >
          {announcement(config, current, phase)}
        </p>
        {current.step === 'ready' ? <ReadyStep config={config} problem={current.problem} emergencyNumber={emergencyNumber} /> : null}
        {current.step === 'practice' ? <PracticeStep config={config} /> : null}
        {timing && phase ? <TimingStep config={config} phase={phase} run={timing} emergencyNumber={emergencyNumber} /> : null}
        {current.step === 'result' ? <ResultForm config={config} current={current} /> : null}
        {current.step === 'used-arms' && UsedArms ? <UsedArms onReset={store.getState().reset} /> : null}
        {current.step === 'used-arms' && current.byMotion ? <MotionCsvOffer /> : null}
        {current.step === 'saved' ? <SavedStep config={config} entryId={current.entryId} byMotion={current.byMotion} profile={profile} /> : null}
      </div>
    </Screen>
  );
}
