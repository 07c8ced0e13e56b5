import { Link } from 'react-router';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { Screen } from '../../ui/screen';
import { SettingsForm } from './settings-form';
import './settings.css';

export default function SettingsScreen() {
  const profile = useLoadedProfile();
  return (
    <Screen title="Settings" intro="Your profile and units.">
      {/* The form starts from the stored profile, so it waits until that has been read. */}
      {profile ? <SettingsForm profile={profile} /> : <p className="loading">Loading…</p>}
      <section aria-labelledby="settings-data-heading">
        <h2 id="settings-data-heading">Your data</h2>
        <p>Everything you enter in Regain stays on this device. Nothing is sent anywhere.</p>
        <p>
          <Link to="/settings/data" className="button button-secondary">
            Back up, share or delete your data
          </Link>
        </p>
      </section>
    </Screen>
  );
}
