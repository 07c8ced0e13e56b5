import { Screen } from '../../ui/screen';

export default function ProgressScreen() {
  return (
    <Screen title="Progress" intro="Are you getting stronger?">
      <p>
        This is where charts of your chair-stand reps, measurements, grip and protein will show how
        you are doing over weeks and months, next to published norms.
      </p>
    </Screen>
  );
}
