import { useId, type ReactNode } from 'react';
import type { Progress } from '../../db/pace';

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
            {progress.done.toLocaleString('en-GB')} of {progress.total.toLocaleString('en-GB')} records
          </p>
        </>
      ) : null}
    </div>
  );
}
