import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';

export default function TodayScreen() {
  return (
    <Screen title="Today" intro="Your day at a glance.">
      <p>
        This is where you will log today&apos;s sit-to-stand reps with one tap, run the guided
        30-second chair stand test, and note your measurements: limb sizes, weight, grip, protein
        and steps.
      </p>
      <NotADiagnosis />
    </Screen>
  );
}
