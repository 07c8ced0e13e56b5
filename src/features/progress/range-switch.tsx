import { PROGRESS_RANGES, type ProgressRange } from '../../domain/progress-range';

/** Four big radio buttons in a row: how far back the charts go. */
export function RangeSwitch({ value, onChange }: { value: ProgressRange; onChange: (range: ProgressRange) => void }) {
  return (
    <fieldset className="progress-range">
      <legend>Period to show</legend>
      <div className="progress-range-options">
        {PROGRESS_RANGES.map((range) => (
          <label key={range.value}>
            <input
              type="radio"
              name="progress-range"
              value={range.value}
              checked={value === range.value}
              onChange={() => onChange(range.value)}
            />
            <span>{range.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
