import { Screen } from '../../ui/screen';

export default function FiveTimesTestScreen() {
  return (
    <Screen title="Five-times sit-to-stand test">
      <p>This is where the five-times sit-to-stand stopwatch will run.</p>
    </Screen>
  );
}
