import { Screen } from '../../ui/screen';

export default function ChairStandTestScreen() {
  return (
    <Screen title="30-second chair stand test">
      <p>This is where the guided 30-second chair stand test will run.</p>
    </Screen>
  );
}
