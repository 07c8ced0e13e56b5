import { Screen } from '../../ui/screen';

export default function PlanScreen() {
  return (
    <Screen title="Plan" intro="Your week of exercise and protein.">
      <p>
        This is where your weekly plan will live: strength days, balance and core work, a rest day,
        a daily steps target and today&apos;s protein target, each ticked off as you go.
      </p>
    </Screen>
  );
}
