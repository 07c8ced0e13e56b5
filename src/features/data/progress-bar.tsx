import { useId, type ReactNode } from 'react';
import type { Progress } from '../../db/pace';
import { formatNumber } from '../../ui/format';

/**
 * What a long job is doing and how far it has got: a bar once the job has
 * said how much there is, and the count in words ("40,000 of 200,000
 * records"). A screen reader reads the bar's value when asked, rather than
 * hearing every change. Small jobs end before they
 * report any progress and show only the sentence.
 */
export function ProgressBar({ progress, children }: { progress?: Progress; children: ReactNode }) {
  const id = useId();
  return (
    <div className="data-progress">
      <p id={id}>{children}</p>
      {progress ? (
        <>
          <progress aria-labelledby={id} max={progress.total} value={progress.done} />
          {/* Changes many times a second: read from the bar on demand, not announced each time. */}
          <p className="data-hint" aria-hidden="true">
            {formatNumber(progress.done, 0)} of {formatNumber(progress.total, 0)} records
          </p>
        </>
      ) : null}
    </div>
  );
}
