import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Screen } from '../../ui/screen';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { useHydrated } from '../../ui/use-hydrated';
import { useProgressData } from '../../db/use-progress-data';
import { todayLocal, type LocalDate } from '../../domain/dates';
import { DEFAULT_PROGRESS_RANGE, isProgressRange, PROGRESS_RANGES, rangeQueryStart, type ProgressRange } from '../../domain/progress-range';
import { buildProgress } from './progress-model';
import type { ProgressCard as Card } from './card-types';
import { ProgressCard } from './progress-card';
import { RangeSwitch } from './range-switch';
import { useReducedMotion } from './use-reduced-motion';
import { useChartsDrawnMark } from './use-charts-drawn-mark';
import './progress.css';
import { SYMPTOMS_PATH } from '../../ui/paths';

function CheckBanner({ alerts }: { alerts: string[] }) {
  return (
    <section className="progress-banner" aria-labelledby="progress-banner-title">
      <h2 id="progress-banner-title">Worth a check</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert}>{alert}</li>
        ))}
      </ul>
      <p>
        Results can dip for many reasons, such as a cold, poor sleep or a busy week. To be safe, answer a few
        questions that tell you whether to see a doctor.
      </p>
      <Link className="button" to={SYMPTOMS_PATH}>
        Do the red-flag check
      </Link>
    </section>
  );
}

/** The card's place among the cards that have a chart. */
function chartIndex(cards: readonly Card[], card: Card): number {
  return cards.filter((c) => c.chart !== null).indexOf(card);
}

function rangeOfData(from: LocalDate | null, to: LocalDate): ProgressRange | null {
  return PROGRESS_RANGES.find((r) => rangeQueryStart(r.value, to) === from)?.value ?? null;
}

export default function ProgressScreen() {
  const [params, setParams] = useSearchParams();
  // The prerendered page knows neither the address's ?range= nor today's date
  // nor the data: until hydration, render what it rendered (the default period, loading).
  const hydrated = useHydrated();
  const asked = params.get('range');
  const range: ProgressRange = hydrated && isProgressRange(asked) ? asked : DEFAULT_PROGRESS_RANGE;
  const today = todayLocal();
  const from = rangeQueryStart(range, today);
  const data = useProgressData(from, today, hydrated);
  // After a switch the live query keeps returning the previous period until the
  // new one is read: keep showing that period's charts meanwhile, not a blank.
  const loaded = data ? rangeOfData(data.from, data.to) : null;
  const model = useMemo(() => (data && loaded ? buildProgress(data, loaded, data.to) : null), [data, loaded]);
  const reducedMotion = useReducedMotion();
  const cardsRef = useRef<HTMLDivElement>(null);
  const charts = model?.cards.filter((c) => c.chart !== null).length ?? 0;
  const drawKey = model && loaded === range ? `${range} ${today}` : null;
  useChartsDrawnMark(cardsRef, charts, drawKey);

  // Charts draw one at a time: the first with the screen, each next one in a
  // task of its own. A slow phone shows the top of the screen at once and
  // stays responsive, instead of freezing while Recharts draws all of them.
  const [progressive, setProgressive] = useState({ key: '', count: 1 });
  // While the next period loads, the charts on screen stay as they are.
  const drawCount = drawKey === null || progressive.key === drawKey ? progressive.count : 1;
  useEffect(() => {
    if (drawKey === null || drawCount >= charts) return;
    const timer = window.setTimeout(() => setProgressive({ key: drawKey, count: drawCount + 1 }), 0);
    return () => window.clearTimeout(timer);
  }, [drawKey, drawCount, charts]);

  const choose = (next: ProgressRange) => {
    setParams(next === DEFAULT_PROGRESS_RANGE ? {} : { range: next }, { replace: true, preventScrollReset: true });
  };

  return (
    <Screen title="Progress" intro="Are you getting stronger? Each chart shows one point a week and, where there is one, the usual range for people your age.">
      <RangeSwitch value={range} onChange={choose} />
      {model && model.alerts.length > 0 ? <CheckBanner alerts={model.alerts} /> : null}
      <div ref={cardsRef} className="progress-cards" aria-busy={model && loaded === range ? undefined : true}>
        {model ? (
          model.cards.map((card) => (
            <ProgressCard
              key={card.id}
              card={card}
              reducedMotion={reducedMotion}
              drawChart={chartIndex(model.cards, card) < drawCount}
            />
          ))
        ) : (
          // As tall as the screen, so the note below stays out of sight
          // until the charts arrive, instead of being pushed away by them.
          <p className="loading loading-screenful">Loading…</p>
        )}
      </div>
      <NotADiagnosis />
    </Screen>
  );
}
