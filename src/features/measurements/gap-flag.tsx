import { Link } from 'react-router';
import { LEFT_RIGHT_GAP_FLAG_CM } from '../../domain/calf-norms';
import { formatLength, type UnitSystem } from '../../domain/units';
import { SYMPTOMS_PATH } from '../../ui/paths';

interface GapFlagProps {
  /** "calf" or "thigh". */
  site: string;
  gapCm: number;
  units: UnitSystem;
}

/**
 * Points out a left–right difference of 2 cm or more: possible one-sided muscle
 * loss, a product-choice flag (clinical fact sheet) to check with a clinician.
 * The threshold is in cm, so imperial users see cm too, beside their inches.
 */
export function GapFlag({ site, gapCm, units }: GapFlagProps) {
  const metric = (cm: number) => formatLength(cm, 'metric');
  const amount = units === 'imperial' ? `${formatLength(gapCm, 'imperial')} (${metric(gapCm)})` : metric(gapCm);
  const threshold =
    units === 'imperial'
      ? `${metric(LEFT_RIGHT_GAP_FLAG_CM)} (about ${formatLength(LEFT_RIGHT_GAP_FLAG_CM, 'imperial')})`
      : metric(LEFT_RIGHT_GAP_FLAG_CM);
  return (
    <div className="gap-flag">
      <p>
        <strong>
          Your left and right {site} differ by {amount}.
        </strong>{' '}
        A difference of {threshold} or more can mean one side is losing muscle. It is worth showing
        your doctor or physiotherapist.
      </p>
      <p>
        <Link to={SYMPTOMS_PATH} className="button">
          Do the red-flag check
        </Link>
      </p>
    </div>
  );
}
