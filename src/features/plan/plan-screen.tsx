import { useState } from 'react';
import plans from 'virtual:regain-content/plans';
import { addDays, ageOnDate, todayLocal } from '../../domain/dates';
import { suggestLevelChange, weekAdherence, weeksToJudge } from '../../domain/plan-adherence';
import { planWeek } from '../../domain/plan-week';
import { weekStart } from '../../domain/weekly-aggregation';
import { proteinTarget } from '../../domain/protein-target';
import { suggestStartingLevel } from '../../domain/starting-level';
import { stepsTarget } from '../../domain/steps-target';
import { usePlanProgress } from '../../db/use-plan-progress';
import { saveProfileOnDemand as saveProfile } from '../../db/save-on-demand';
import { useProfile } from '../../db/use-profile';
import { usePlanInputs } from '../../db/use-plan-inputs';
import { useMobilityTests } from '../../db/use-mobility-tests';
import { Screen } from '../../ui/screen';
import { LevelChangeBanner, LevelPicker } from './level-picker';
import { Reminders } from './reminders';
import { ProteinCard, StepsCard } from './targets';
import { usePlanTicks } from './use-plan-ticks';
import { WeekView } from './week-view';
import './plan.css';

export default function PlanScreen() {
  const profile = useProfile();
  const today = todayLocal();
  const monday = weekStart(today);
  const inputs = usePlanInputs(today);
  // This week and the two before it: enough to judge "two weeks running".
  const progress = usePlanProgress(addDays(monday, -14), addDays(monday, 6));
  const [choosing, setChoosing] = useState(false);
  const { isDone, toggle, failure } = usePlanTicks(progress);

  const plan = plans.find((p) => p.level === profile.planLevel);
  const age = profile.yearOfBirth ? ageOnDate(profile.yearOfBirth, today) : null;
  // Newest first: the first SPPB is the latest, which the rule weighs if it is recent.
  const latestSppb = useMobilityTests()?.find((t) => t.kind === 'sppb') ?? null;
  const suggestion = suggestStartingLevel(inputs?.latestChairStand ?? null, age, profile.sex, latestSppb, today);
  const chooseLevel = async (level: number) => {
    await saveProfile({ planLevel: level, planLevelChosenOn: todayLocal() });
  };

  if (!plan || choosing) {
    return (
      <Screen title="Plan" intro="A weekly plan of strength, balance and movement, with a protein target.">
        <LevelPicker
          plans={plans}
          current={profile.planLevel}
          suggestion={suggestion}
          onChoose={async (level) => {
            await chooseLevel(level);
            setChoosing(false);
            // The new week starts at the top: not left half under the header where the picker ended.
            window.scrollTo(0, 0);
          }}
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
  const weekOf = (start: string) => planWeek(plan, start, { proteinTarget: protein.status === 'target' });
  const days = weekOf(monday);
  const adherence = weekAdherence(days, isDone, today);
  const pastWeeks = weeksToJudge(monday, profile.planLevelChosenOn).map(
    (start) => weekAdherence(weekOf(start), isDone, addDays(start, 6)).ratio,
  );
  const change = progress ? suggestLevelChange(plan.level, pastWeeks) : null;

  return (
    <Screen title="Plan" intro={`Level ${plan.level}: ${plan.name}. ${plan.summary}`}>
      {change ? <LevelChangeBanner plans={plans} change={change} onMove={chooseLevel} /> : null}
      <WeekView
        days={days}
        today={today}
        adherence={adherence}
        isDone={isDone}
        onToggle={(day, itemId, value) => void toggle(day, itemId, value)}
        failure={failure}
      />
      <ProteinCard
        target={protein}
        todayGrams={inputs?.proteinTodayGrams ?? 0}
        exercisingOrRecovering={profile.exercisingOrRecovering ?? false}
        onToggleHigher={async (value) => {
          await saveProfile({ exercisingOrRecovering: value });
        }}
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
