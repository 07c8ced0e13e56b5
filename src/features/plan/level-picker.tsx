import { useId, useState } from 'react';
import type { CompiledPlan } from '../../content/content-types';
import { saveFailureMessage } from '../../db/storage-errors';
import type { LevelSuggestion } from '../../domain/plan-adherence';
import type { StartingLevelAdvice } from '../../domain/starting-level';
import { useHydrated } from '../../ui/use-hydrated';

interface LevelPickerProps {
  plans: readonly CompiledPlan[];
  current: number | undefined;
  suggestion: StartingLevelAdvice | null;
  /** Saves the level; a failure is said on the form, which stays open. */
  onChoose: (level: number) => Promise<void>;
  onCancel?: () => void;
}

/** Choose a plan level; the suggestion from the latest chair stand is marked, never forced. */
export function LevelPicker({ plans, current, suggestion, onChoose, onCancel }: LevelPickerProps) {
  const [chosen, setChosen] = useState<number | undefined>(current ?? suggestion?.level);
  const [failure, setFailure] = useState<string | null>(null);
  const name = useId();
  // Not choosable in the prerendered page: a choice made there before the
  // app runs would be forgotten when it takes over.
  const hydrated = useHydrated();
  const choose = async (level: number) => {
    setFailure(null);
    try {
      await onChoose(level);
    } catch (error) {
      setFailure(saveFailureMessage(error, 'Sorry, your level could not be saved. Please try again.'));
    }
  };
  return (
    <form
      className="level-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== undefined) void choose(chosen);
      }}
    >
      <fieldset disabled={!hydrated}>
        <legend>Choose your level</legend>
        {suggestion ? (
          <p className="suggestion">
            <strong>Suggested: {plans[suggestion.level]?.name}.</strong> {suggestion.reason}
          </p>
        ) : (
          <p>Do a 30-second chair stand test on Today, or the balance and walking tests (SPPB), and Regain will suggest a level. Or choose one yourself.</p>
        )}
        {plans.map((plan) => (
          <label key={plan.level} className="choice">
            <input type="radio" name={name} value={plan.level} checked={chosen === plan.level} onChange={() => setChosen(plan.level)} />
            <span>
              <span className="choice-title">
                {plan.level}. {plan.name}
                {suggestion?.level === plan.level ? ' (suggested)' : ''}
              </span>
              <span className="choice-summary">{plan.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="form-error" role="alert">
        {failure}
      </p>
      <p className="button-row">
        <button type="submit" disabled={chosen === undefined}>
          Use this level
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}

interface LevelChangeProps {
  plans: readonly CompiledPlan[];
  change: NonNullable<LevelSuggestion>;
  onMove: (level: number) => Promise<void>;
}

/** "Ready to try level 2?": a suggestion after two weeks, never a change until the person taps. */
export function LevelChangeBanner({ plans, change, onMove }: LevelChangeProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const name = plans[change.level]?.name;
  const move = async () => {
    setFailure(null);
    try {
      await onMove(change.level);
    } catch (error) {
      setFailure(saveFailureMessage(error, 'Sorry, your level could not be changed. Please try again.'));
    }
  };
  return (
    <div className="banner-inline" role="status">
      <p>
        {change.direction === 'up'
          ? `You met your plan two weeks running. Ready to try level ${change.level}: ${name}?`
          : `The last two weeks were hard to keep up. Level ${change.level}: ${name} may suit you better for now.`}
      </p>
      <button type="button" onClick={() => void move()}>
        Move to level {change.level}
      </button>
      <p className="form-error" role="alert">
        {failure}
      </p>
    </div>
  );
}
