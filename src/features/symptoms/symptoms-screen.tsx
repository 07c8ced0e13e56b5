import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';

export default function SymptomsScreen() {
  return (
    <Screen title="Symptoms" intro="Worried about new weakness? Check how urgent it is.">
      <p>
        This is where the red-flag check will ask a few yes-or-no questions and tell you plainly
        what to do: call the emergency number now, speak to a doctor today, book an appointment, or
        carry on with your plan. A symptom checklist and the SARC-F screen will live here too.
      </p>
      <p className="emphasis">
        If you have sudden weakness or numbness of the face, arm or leg, trouble speaking or
        breathing, call your emergency number now.
      </p>
      <NotADiagnosis />
    </Screen>
  );
}
