import { useId, useState } from 'react';
import type { CompiledPlan } from '../../content/content-types';
import type { StartingLevelAdvice } from '../../domain/starting-level';
import { useHydrated } from '../../ui/use-hydrated';

interface LevelPickerProps {
  plans: readonly CompiledPlan[];
  current: number | undefined;
  suggestion: StartingLevelAdvice | null;
  onChoose: (level: number) => void;
  onCancel?: () => void;
}

/** Choose a plan level; the suggestion from the latest chair stand is marked, never forced. */
export function LevelPicker({ plans, current, suggestion, onChoose, onCancel }: LevelPickerProps) {
  const [chosen, setChosen] = useState<number | undefined>(current ?? suggestion?.level);
  const name = useId();
  // Not choosable in the prerendered page: a choice made there before the
  // app runs would be forgotten when it takes over.
  const hydrated = useHydrated();
  return (
    <form
      className="level-picker"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== undefined) onChoose(chosen);
      }}
    >
      <fieldset disabled={!hydrated}>
        <legend>Choose your level</legend>
        {suggestion ? (
          <p className="suggestion">
            <strong>Suggested: {plans[suggestion.level]?.name}.</strong> {suggestion.reason}
          </p>
        ) : (
          <p>Do a 30-second chair stand test on Today and Regain will suggest a level. Or choose one yourself.</p>
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
