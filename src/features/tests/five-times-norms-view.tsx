import { Link } from 'react-router';
import { ageOnDate, type LocalDate } from '../../domain/dates';
import { assessFiveTimesSitToStand, FIVE_TIMES_SIT_TO_STAND_AGE_NORMS } from '../../domain/five-times-sit-to-stand-norms';
import { formatSeconds } from './format';
import { SETTINGS_PATH } from '../../ui/paths';

interface FiveTimesNormsViewProps {
  seconds: number;
  day: LocalDate;
  yearOfBirth: number | undefined;
}

const AGE_NORM_MIN = Math.min(...FIVE_TIMES_SIT_TO_STAND_AGE_NORMS.map((n) => n.minAge));
const AGE_NORM_MAX = Math.max(...FIVE_TIMES_SIT_TO_STAND_AGE_NORMS.map((n) => n.maxAge));

/** The time against the EWGSOP2 and AWGS 2019 cut-offs and, where the age allows, Bohannon's average. */
export function FiveTimesNormsView({ seconds, day, yearOfBirth }: FiveTimesNormsViewProps) {
  const age = yearOfBirth === undefined ? null : ageOnDate(yearOfBirth, day);
  const results = assessFiveTimesSitToStand(seconds, age);
  const hasAgeNorm = results.some((r) => r.id.startsWith('bohannon'));
  return (
    <section className="gt-panel" aria-labelledby="gt-norm-heading">
      <h2 id="gt-norm-heading">How your time compares</h2>
      <p>A higher time means slower. Each line below is a limit doctors use.</p>
      <ul className="gt-norms">
        {results.map((r) => (
          <li key={r.id} className={r.flagged ? 'gt-flagged' : undefined}>
            <strong>{r.label}:</strong>{' '}
            {r.comparison === '>' ? `more than ${formatSeconds(r.cutoffSeconds)} seconds.` : `${formatSeconds(r.cutoffSeconds)} seconds or more.`}{' '}
            <span className="gt-verdict">{r.flagged ? 'Your time is in this range.' : 'Your time is not in this range.'}</span>
            <span className="gt-source">Source: {r.source}</span>
          </li>
        ))}
      </ul>
      {age === null ? (
        <>
          <p>Add your year of birth in Settings to also see the average time for people your age.</p>
          <p>
            <Link to={SETTINGS_PATH} className="button gt-secondary">
              Go to Settings
            </Link>
          </p>
        </>
      ) : !hasAgeNorm ? (
        <p className="small">
          The age averages we use (Bohannon 2006) cover ages {AGE_NORM_MIN} to {AGE_NORM_MAX}, so there is none for your
          age.
        </p>
      ) : null}
      {results.some((r) => r.flagged) ? (
        <p>
          A slow time can be a sign of weaker leg muscles. It is worth telling your doctor or physiotherapist, especially
          if your time is getting slower. Regular strength exercise helps, at any age.
        </p>
      ) : null}
    </section>
  );
}
