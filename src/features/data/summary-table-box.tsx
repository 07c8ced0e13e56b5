import { useId, useRef, type ReactNode } from 'react';
import { useScrollsSideways } from '../../ui/use-scrolls-sideways';

/**
 * A summary table in its own sideways-scrolling box. At large text on a phone
 * the columns no longer fit: the table scrolls inside the box, whole words
 * kept, and a line above says so (squeezed to fit, words broke mid-word:
 * "tio / n se / ns or"). Printed, the page is wide enough and nothing scrolls.
 */
export function SummaryTableBox({ label, children }: { label: string; children: ReactNode }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const scrollsSideways = useScrollsSideways(boxRef);
  const hintId = useId();
  return (
    <>
      {scrollsSideways ? (
        <p id={hintId} className="summary-scroll-hint">
          Wider than the screen: swipe the table sideways to see every column.
        </p>
      ) : null}
      <div
        ref={boxRef}
        className="summary-table-box"
        role="region"
        aria-label={label}
        aria-describedby={scrollsSideways ? hintId : undefined}
        // Reachable by keyboard only when there is something to scroll.
        tabIndex={scrollsSideways ? 0 : undefined}
      >
        {children}
      </div>
    </>
  );
}
