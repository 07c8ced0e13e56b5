import { useLoadedProfile } from '../../db/use-loaded-profile';
import { Link } from 'react-router';
import { Screen } from '../../ui/screen';
import { SPPB_TEST_PATH } from '../../ui/paths';
import { MeasurementForm } from './measurement-form';
import './measurements.css';

export default function MeasurementsScreen() {
  const profile = useLoadedProfile();
  return (
    <Screen title="Measurements" intro="Fill in only what you measured. Every field is optional.">
      {profile ? <MeasurementForm units={profile.units} /> : <p className="loading">Loading…</p>}
      <p>
        <Link to={SPPB_TEST_PATH}>Balance and walking tests, guided step by step</Link>
      </p>
    </Screen>
  );
}
