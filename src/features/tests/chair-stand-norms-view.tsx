import { Link } from 'react-router';
import { assessChairStand, type Sex } from '../../domain/chair-stand-norms';
import { ageOnDate, type LocalDate } from '../../domain/dates';
import { formatBand } from './format';
import { plural } from '../../ui/format';
import { SETTINGS_PATH } from '../../ui/paths';

interface ChairStandNormsViewProps {
  reps: number;
  day: LocalDate;
  yearOfBirth: number | undefined;
  sex: Sex;
}

const SEX_WORDS = { female: 'Women', male: 'Men' } as const;

/** The result against the STEADI "below average" line for the person's age band and sex. */
export function ChairStandNormsView({ reps, day, yearOfBirth, sex }: ChairStandNormsViewProps) {
  if (yearOfBirth === undefined) {
    return (
      <section className="gt-panel" aria-labelledby="gt-norm-heading">
        <h2 id="gt-norm-heading">How your result compares</h2>
        <p>Add your year of birth in Settings to see how your result compares with other people your age.</p>
        <p>
          <Link to={SETTINGS_PATH} className="button gt-secondary">
            Go to Settings
          </Link>
        </p>
      </section>
    );
  }

  const age = ageOnDate(yearOfBirth, day);
  const { comparisons, noNormReason } = assessChairStand(reps, age, sex);

  if (noNormReason === 'under-60') {
    return (
      <section className="gt-panel" aria-labelledby="gt-norm-heading">
        <h2 id="gt-norm-heading">How your result compares</h2>
        <p>
          The chair stand table we use (CDC STEADI) starts at age 60, so there is no average to compare with at your
          age. Your own results below show how you are doing over time.
        </p>
      </section>
    );
  }

  const sources = [...new Set(comparisons.map((c) => c.threshold.source))];
  const anyBelow = comparisons.some((c) => c.belowAverage);
  return (
    <section className="gt-panel" aria-labelledby="gt-norm-heading">
      <h2 id="gt-norm-heading">How your result compares</h2>
      {sex === 'unspecified' ? (
        <p>You chose not to say your sex, so here are the figures for both women and men.</p>
      ) : null}
      <ul className="gt-norms">
        {comparisons.map(({ sex: normSex, threshold, belowAverage }) => (
          <li key={normSex} className={belowAverage ? 'gt-flagged' : undefined}>
            <strong>
              {SEX_WORDS[normSex]} aged {formatBand(threshold.band)}:
            </strong>{' '}
            fewer than {plural(threshold.belowAverageIfUnder, 'stand', 'stands')} is below average.{' '}
            <span className="gt-verdict">
              {belowAverage ? `Your ${plural(reps, 'stand is', 'stands are')} below average.` : `Your ${plural(reps, 'stand is', 'stands are')} not below average.`}
            </span>
          </li>
        ))}
      </ul>
      {age > 94 ? <p className="small">The table ends at age 94, so you are compared with people aged 90–94.</p> : null}
      {anyBelow ? (
        <p>
          A result below average can mean a higher chance of falling. It is worth telling your doctor or
          physiotherapist. Legs get stronger with regular exercise, at any age.
        </p>
      ) : null}
      <p className="gt-source">Source: {sources.join('; ')}</p>
    </section>
  );
}
