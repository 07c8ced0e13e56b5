import { useState } from 'react';
import plans from 'virtual:regain-content/plans';
import { addDays, ageOnDate, todayLocal } from '../../domain/dates';
import { suggestLevelChange, weekAdherence, weeksToJudge } from '../../domain/plan-adherence';
import { mondayOf, planWeek } from '../../domain/plan-week';
import { proteinTarget } from '../../domain/protein-target';
import { suggestStartingLevel } from '../../domain/starting-level';
import { stepsTarget } from '../../domain/steps-target';
import { usePlanProgress } from '../../db/use-plan-progress';
import { saveProfileOnDemand as saveProfile } from '../../db/save-on-demand';
// Loaded with the screen, not on demand: a tick shows at once, so its write
// must start at once too, or a reload right after ticking could lose it.
import { setPlanItemDone } from '../../db/plan-progress-repository';
import { useProfile } from '../../db/use-profile';
import { usePlanInputs } from '../../db/use-plan-inputs';
import { Screen } from '../../ui/screen';
import { LevelPicker } from './level-picker';
import { Reminders } from './reminders';
import { ProteinCard, StepsCard } from './targets';
import { WeekView } from './week-view';
import './plan.css';

export default function PlanScreen() {
  const profile = useProfile();
  const today = todayLocal();
  const monday = mondayOf(today);
  const inputs = usePlanInputs(today);
  // This week and the two before it: enough to judge "two weeks running".
  const progress = usePlanProgress(addDays(monday, -14), addDays(monday, 6));
  const [choosing, setChoosing] = useState(false);
  // A tick shows at once; the database write and its live update follow.
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());

  const plan = plans.find((p) => p.level === profile.planLevel);
  const age = profile.yearOfBirth ? ageOnDate(profile.yearOfBirth, today) : null;
  const suggestion = suggestStartingLevel(inputs?.latestChairStand ?? null, age, profile.sex);
  const chooseLevel = (level: number) => saveProfile({ planLevel: level, planLevelChosenOn: todayLocal() });

  if (!plan || choosing) {
    return (
      <Screen title="Plan" intro="A weekly plan of strength, balance and movement, with a protein target.">
        <LevelPicker
          plans={plans}
          current={profile.planLevel}
          suggestion={suggestion}
          onChoose={(level) =>
            void chooseLevel(level).then(() => {
              setChoosing(false);
              // The new week starts at the top: not left half under the header where the picker ended.
              window.scrollTo(0, 0);
            })
          }
          onCancel={plan ? () => setChoosing(false) : undefined}
        />
      </Screen>
    );
  }

  const protein = proteinTarget({
    weightKg: inputs?.latestWeightKg ?? null,
    kidneyDisease: profile.kidneyDisease,
    exercisingOrRecovering: profile.exercisingOrRecovering ?? false,
  });
  const done = new Set((progress ?? []).filter((p) => p.done).map((p) => `${p.day}|${p.itemId}`));
  const isDone = (day: string, itemId: string) => ticked.get(`${day}|${itemId}`) ?? done.has(`${day}|${itemId}`);
  const toggle = (day: string, itemId: string, value: boolean) => {
    setTicked((current) => new Map(current).set(`${day}|${itemId}`, value));
    void setPlanItemDone(day, itemId, value);
  };
  const weekOf = (start: string) => planWeek(plan, start, { proteinTarget: protein.status === 'target' });
  const days = weekOf(monday);
  const adherence = weekAdherence(days, isDone, today);
  const pastWeeks = weeksToJudge(monday, profile.planLevelChosenOn).map(
    (start) => weekAdherence(weekOf(start), isDone, addDays(start, 6)).ratio,
  );
  const change = progress ? suggestLevelChange(plan.level, pastWeeks) : null;

  return (
    <Screen title="Plan" intro={`Level ${plan.level}: ${plan.name}. ${plan.summary}`}>
      {change ? (
        <div className="banner-inline" role="status">
          <p>
            {change.direction === 'up'
              ? `You met your plan two weeks running. Ready to try level ${change.level}: ${plans[change.level]?.name}?`
              : `The last two weeks were hard to keep up. Level ${change.level}: ${plans[change.level]?.name} may suit you better for now.`}
          </p>
          <button type="button" onClick={() => void chooseLevel(change.level)}>
            Move to level {change.level}
          </button>
        </div>
      ) : null}
      <WeekView days={days} today={today} adherence={adherence} isDone={isDone} onToggle={toggle} />
      <ProteinCard
        target={protein}
        todayGrams={inputs?.proteinTodayGrams ?? 0}
        exercisingOrRecovering={profile.exercisingOrRecovering ?? false}
        onToggleHigher={(value) => void saveProfile({ exercisingOrRecovering: value })}
      />
      <StepsCard target={stepsTarget(inputs?.recentDailySteps ?? [])} />
      <Reminders time={profile.reminderTime} onSaveTime={async (time) => void (await saveProfile({ reminderTime: time }))} />
      <section className="card" aria-labelledby="about-plan">
        <h2 id="about-plan">About this plan</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: plan.introHtml }} />
        <p className="small">Sources: {plan.sources.map((s) => s.citation).join(' ')}</p>
        <button type="button" className="secondary" onClick={() => setChoosing(true)}>
          Change level
        </button>
      </section>
    </Screen>
  );
}
