import type { UnitSystem } from '../../domain/units';
import { describedBy, FieldError } from '../../ui/field-error';
import { NumberField } from '../../ui/number-field';
import type { HeightDraft } from './settings-draft';

interface HeightFieldProps {
  units: UnitSystem;
  height: HeightDraft;
  onChange: (height: HeightDraft) => void;
  error?: string | null;
}

/** Height in centimetres, or in feet and inches: the way people know their own height. */
export function HeightField({ units, height, onChange, error }: HeightFieldProps) {
  // Typing replaces the stored value the boxes showed.
  const typed = (next: Partial<HeightDraft>) => onChange({ ...height, ...next, shownCm: null });
  if (units === 'metric') {
    return (
      <NumberField
        id="settings-height"
        label="Height"
        unit="cm"
        value={height.cm}
        onChange={(cm) => typed({ cm })}
        error={error}
      />
    );
  }
  return (
    <fieldset className="height-field" aria-describedby={describedBy('settings-height', { error })}>
      <legend>Height</legend>
      <div className="side-by-side">
        <NumberField id="settings-height-feet" label="Feet" whole value={height.feet} onChange={(feet) => typed({ feet })} />
        <NumberField id="settings-height-inches" label="Inches" value={height.inches} onChange={(inches) => typed({ inches })} />
      </div>
      <FieldError id="settings-height" message={error} />
    </fieldset>
  );
}
