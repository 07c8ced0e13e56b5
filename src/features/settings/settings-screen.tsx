import { Link } from 'react-router';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { Screen } from '../../ui/screen';
import { SettingsForm } from './settings-form';
import './settings.css';
import { YOUR_DATA_PATH } from '../../ui/paths';

export default function SettingsScreen() {
  const profile = useLoadedProfile();
  return (
    <Screen title="Settings" intro="Your profile and units.">
      {/* The form starts from the stored profile, so it waits until that has
          been read; meanwhile a screenful of space keeps "Your data" out of
          sight, so it is not pushed down when the form arrives. */}
      {profile ? <SettingsForm profile={profile} /> : <p className="loading loading-screenful">Loading…</p>}
      <section aria-labelledby="settings-data-heading">
        <h2 id="settings-data-heading">Your data</h2>
        <p>Everything you enter in Regain stays on this device. Nothing is sent anywhere.</p>
        <p>
          <Link to={YOUR_DATA_PATH} className="button button-secondary">
            Back up, share or delete your data
          </Link>
        </p>
      </section>
    </Screen>
  );
}
