import { trendAgainstEarlier, type BetterWhen, type TrendPoint } from '../../domain/result-trend';
import { formatDay } from '../../ui/format';

interface ResultTrendProps {
  current: TrendPoint;
  results: readonly TrendPoint[];
  betterWhen: BetterWhen;
  /** How one value reads: "12 stands", "13.2 seconds". */
  describe: (point: TrendPoint) => string;
  /** How a change reads: "3 more stands", "1.2 seconds faster". */
  describeChange: (amount: number) => string;
}

/** The person's own results before this one, and the change since the last. */
export function ResultTrend({ current, results, betterWhen, describe, describeChange }: ResultTrendProps) {
  const { earlier, change } = trendAgainstEarlier(current, results, betterWhen);
  return (
    <section className="gt-panel" aria-labelledby="gt-trend-heading">
      <h2 id="gt-trend-heading">Your own results</h2>
      {change ? (
        <>
          <p className="gt-change">
            {change.direction === 'same'
              ? `The same as last time (${formatDay(change.since.day)}).`
              : `${describeChange(change.amount)} than last time (${formatDay(change.since.day)}).`}
          </p>
          <ul className="gt-history" aria-label="Earlier results, newest first">
            {earlier.map((point) => (
              <li key={point.id}>
                <span>{formatDay(point.day)}</span> <strong>{describe(point)}</strong>
              </li>
            ))}
          </ul>
          <p className="small">
            Results go up and down a little from one day to the next. Look at the pattern over a few weeks.
          </p>
        </>
      ) : (
        <p>This is your first saved result. Do the test again in a week or two to see how you are doing.</p>
      )}
    </section>
  );
}
