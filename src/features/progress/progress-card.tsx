import { memo, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ChartSpec, DataTable, ProgressCard as Card } from './card-types';
import { MarkerShape } from './marker-shape';
import { useWeeklyChart } from './use-weekly-chart';
import { useWidth } from './use-width';
import { useScrollsSideways } from '../../ui/use-scrolls-sideways';
import { wholeWords } from '../../ui/whole-words';

function Legend({ spec, hatchId }: { spec: ChartSpec; hatchId: string }) {
  return (
    <ul className="progress-legend" aria-hidden="true">
      {spec.series.map((s) => (
        <li key={s.key}>
          <svg width="40" height="16" viewBox="0 0 40 16">
            {s.kind === 'bar' ? (
              <rect x="8" y="1" width="24" height="14" fill={s.colour} />
            ) : (
              <>
                <line x1="2" y1="8" x2="38" y2="8" stroke={s.colour} strokeWidth="3" strokeDasharray={s.dash ?? undefined} />
                <MarkerShape marker={s.marker} x={20} y={8} colour={s.colour} />
              </>
            )}
          </svg>
          {s.label}
        </li>
      ))}
      {spec.references.map((r) => (
        <li key={r.label}>
          <svg width="40" height="16" viewBox="0 0 40 16">
            <line x1="2" y1="8" x2="38" y2="8" stroke="#4a4a4a" strokeWidth="2" strokeDasharray="2 4" />
          </svg>
          {`${capitalise(r.label)}`}
        </li>
      ))}
      {spec.band ? (
        <li>
          <svg width="40" height="16" viewBox="0 0 40 16">
            <defs>
              <pattern id={hatchId} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
                <rect width="8" height="8" fill="#fff4d6" />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#a14a06" strokeWidth="3" />
              </pattern>
            </defs>
            <rect x="8" y="1" width="24" height="14" fill={`url(#${hatchId})`} stroke="#a14a06" />
          </svg>
          {capitalise(spec.band.label)}
        </li>
      ) : null}
    </ul>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The chart's numbers as a table, drawn only when opened: three years of weeks is a lot of rows. */
export function NumbersTable({ table }: { table: DataTable }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="progress-numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the numbers</summary>
      {open ? <TableBox table={table} /> : null}
    </details>
  );
}

/** "31.5 cm" never wraps between the number and its unit; the cell's other spaces still may. */
function keepNumbersWithUnits(cell: string): string {
  return cell.replace(/(\d) (?=[a-z%])/gi, '$1\u00a0');
}

/** The table scrolls inside its own box; when it is wider than the box, a line above it says so. */
function TableBox({ table }: { table: DataTable }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const scrollsSideways = useScrollsSideways(boxRef);
  const hintId = useId();
  const captionId = useId();
  return (
    <>
      {/* The caption sits above the box, not in the table: a caption is as wide as its table, so in a table wider than the phone it would scroll away too. */}
      <p id={captionId} className="progress-table-caption">
        {table.caption}
      </p>
      {scrollsSideways ? (
        <p id={hintId} className="progress-table-hint">
          Wider than the screen: swipe the table sideways to see every column.
        </p>
      ) : null}
      <div
        ref={boxRef}
        className="progress-table-scroll"
        role="region"
        aria-labelledby={captionId}
        aria-describedby={scrollsSideways ? hintId : undefined}
        tabIndex={0}
      >
        <table aria-labelledby={captionId}>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map(([first, ...rest]) => (
              <tr key={first}>
                <th scope="row">{first}</th>
                {rest.map((cell, i) => (
                  <td key={table.columns[i + 1]}>{keepNumbersWithUnits(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface ChartFrameProps {
  spec: ChartSpec;
  title: string;
  descriptionId: string;
  svgId: string;
  reducedMotion: boolean;
  /** False until the screen's turn comes for this chart to draw. */
  draw: boolean;
}

/** A fixed-height box the chart is drawn into once its width is known (nothing is drawn at width 0). */
function ChartFrame({ spec, title, descriptionId, svgId, reducedMotion, draw }: ChartFrameProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useWidth(ref);
  const code = useWeeklyChart(draw && width > 0);
  return (
    <div ref={ref} className="progress-chart" role="img" aria-label={`Chart: ${title}`} aria-describedby={descriptionId}>
      {draw && width > 0 && code.status === 'ready' ? (
        <code.Chart spec={spec} reducedMotion={reducedMotion} id={svgId} width={width} />
      ) : null}
      {code.status === 'failed' ? (
        <p className="progress-chart-failed">The chart could not be drawn. Its numbers are below, under “Show the numbers”.</p>
      ) : null}
    </div>
  );
}

interface ProgressCardProps {
  card: Card;
  reducedMotion: boolean;
  drawChart: boolean;
}

// Memoised: when the next chart's turn comes, only that card renders again.
export const ProgressCard = memo(function ProgressCard({ card, reducedMotion, drawChart }: ProgressCardProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const descriptionId = `${id}-description`;
  // useId gives ':r1:'-style ids; SVG url(#…) references want plain ones.
  const svgId = `chart${id.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <section className="progress-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{wholeWords(card.title)}</h2>
      {card.summary ? <p className="progress-summary">{card.summary}</p> : null}
      {card.empty ? (
        <div className="progress-empty">
          <p>{card.empty.text}</p>
          <Link className="button" to={card.empty.link.to}>
            {card.empty.link.label}
          </Link>
        </div>
      ) : null}
      {card.chart ? (
        <>
          {card.hint ? <p className="small">{card.hint}</p> : null}
          <ChartFrame
            spec={card.chart}
            title={card.title}
            descriptionId={descriptionId}
            svgId={svgId}
            reducedMotion={reducedMotion}
            draw={drawChart}
          />
          <p id={descriptionId} className="visually-hidden">
            {card.chart.description}
          </p>
          <Legend spec={card.chart} hatchId={`${svgId}-legend-hatch`} />
        </>
      ) : null}
      {card.notes.map((note) => (
        <p key={note.text} className="progress-note">
          {note.text}{' '}
          {note.link ? <Link to={note.link.to}>{note.link.label}</Link> : null}
        </p>
      ))}
      {card.table ? <NumbersTable table={card.table} /> : null}
    </section>
  );
});
