import { Screen } from '../../ui/screen';

export default function SettingsScreen() {
  return (
    <Screen title="Settings" intro="Your profile, units and data.">
      <p>
        This is where you will set your year of birth, sex, height, units (metric or imperial) and
        region, and where you can back up, restore, print or delete your data.
      </p>
      <p>Everything you enter in Regain stays on this device. Nothing is sent anywhere.</p>
    </Screen>
  );
}
