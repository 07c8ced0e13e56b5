import { Screen } from '../../ui/screen';

export default function MeasurementsScreen() {
  return (
    <Screen title="Measurements">
      <p>This is where you will log limb sizes, weight, grip, protein and steps.</p>
    </Screen>
  );
}
