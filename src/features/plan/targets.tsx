import { useState } from 'react';
import { Link } from 'react-router';
import { saveFailureMessage } from '../../db/storage-errors';
import type { ProteinTarget } from '../../domain/protein-target';
import { STEPS_SOURCE, type StepsTarget } from '../../domain/steps-target';
import { MEASUREMENTS_PATH } from '../../ui/paths';
import { formatNumber } from '../../ui/format';

const FOODS = 'eggs, Greek yoghurt, cottage cheese, fish, chicken, beans, lentils, tofu';

export function ProteinCard({ target, todayGrams, exercisingOrRecovering, onToggleHigher }: {
  target: ProteinTarget;
  todayGrams: number;
  exercisingOrRecovering: boolean;
  onToggleHigher: (value: boolean) => Promise<void>;
}) {
  // The tick shows at once; the profile write and the new range follow.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Once the saved setting agrees, it decides again (so a change made in Settings shows).
  if (ticked !== null && ticked === exercisingOrRecovering) setTicked(null);
  const toggle = async (value: boolean) => {
    setTicked(value);
    setFailure(null);
    try {
      await onToggleHigher(value);
    } catch (error) {
      setTicked(null);
      setFailure(saveFailureMessage(error, 'Sorry, this could not be saved. Please try again.'));
    }
  };
  return (
    <section className="card" aria-labelledby="protein-today">
      <h2 id="protein-today">Protein today</h2>
      {target.status === 'kidney-caution' ? (
        <p>
          You told Regain you have kidney disease. With kidney disease, more protein can do harm, so Regain does not set a
          target. Please ask your doctor or dietitian how much protein is right for you.
        </p>
      ) : target.status === 'no-weight' ? (
        <p>
          Log your weight to see your protein target. <Link to={MEASUREMENTS_PATH}>Add your weight</Link>
        </p>
      ) : (
        <>
          <p className="target">
            Aim for <strong>{target.minGrams} to {target.maxGrams} g</strong> today ({target.gramsPerKg.min} to {target.gramsPerKg.max} g
            per kg of body weight), about {target.perMeal.min} to {target.perMeal.max} g at each meal.
          </p>
          <p>
            Logged today: <strong>{Math.round(todayGrams)} g</strong>
            {todayGrams >= target.minGrams ? ' — on target.' : `, ${target.minGrams - Math.round(todayGrams)} g to go.`}
          </p>
          <p>Good sources: {FOODS}.</p>
          <p className="small">Source: {target.source}.</p>
          <label className="tick">
            <input
              type="checkbox"
              checked={ticked ?? exercisingOrRecovering}
              onChange={(e) => void toggle(e.target.checked)}
            />
            <span>I exercise most weeks, or I am recovering from an illness</span>
          </label>
          <p className="form-error" role="alert">
            {failure}
          </p>
        </>
      )}
    </section>
  );
}

export function StepsCard({ target }: { target: StepsTarget }) {
  return (
    <section className="card" aria-labelledby="steps-today">
      <h2 id="steps-today">Daily movement</h2>
      {target.kind === 'default' ? (
        <p>
          Aim for <strong>6,000 to 8,000 steps</strong> a day if you can manage it, or any more than you do now. Log your steps and
          Regain will set a goal that starts from where you are.
        </p>
      ) : (
        <p>
          You have been walking about <strong>{formatNumber(target.baseline, 0)}</strong> steps a day. Goal:{' '}
          <strong>{formatNumber(target.goal, 0)} steps</strong> a day.
        </p>
      )}
      <p>Stand up and walk for a few minutes often during the day.</p>
      <p className="small">Source: {STEPS_SOURCE}.</p>
    </section>
  );
}
