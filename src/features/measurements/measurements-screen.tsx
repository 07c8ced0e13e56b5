import { useLoadedProfile } from '../../db/use-loaded-profile';
import { Screen } from '../../ui/screen';
import { MeasurementForm } from './measurement-form';
import './measurements.css';

export default function MeasurementsScreen() {
  const profile = useLoadedProfile();
  return (
    <Screen title="Measurements" intro="Fill in only what you measured. Every field is optional.">
      {profile ? <MeasurementForm units={profile.units} /> : <p className="loading">Loading…</p>}
    </Screen>
  );
}
