import { useEffect, useState } from 'react';

type WeeklyChart = typeof import('./weekly-chart').default;

// Recharts is most of Progress's code (about 110 kB gzip of 125) and draws
// nothing until there is data to chart. So it is fetched, and run, only when
// the first chart is about to draw: someone with no results yet never pays
// for it, and the screen opens without a long blocking task on a slow phone.
// Not React.lazy: a Suspense reveal can be held back by up to 300 ms, and the
// chart's box has its fixed height already, so nothing moves when it arrives.
let loaded: WeeklyChart | null = null;
let loading: Promise<WeeklyChart> | null = null;
const load = () =>
  (loading ??= import('./weekly-chart').then((module) => {
    loaded = module.default;
    return loaded;
  }));

export type ChartCode = { status: 'ready'; Chart: WeeklyChart } | { status: 'waiting' | 'failed' };

/** The chart component once it is needed (`wanted`) and its code has arrived. */
export function useWeeklyChart(wanted: boolean): ChartCode {
  const [state, setState] = useState<ChartCode>(() => (loaded ? { status: 'ready', Chart: loaded } : { status: 'waiting' }));
  useEffect(() => {
    if (!wanted || state.status !== 'waiting') return;
    let current = true;
    load().then(
      (Chart) => current && setState({ status: 'ready', Chart }),
      () => {
        loading = null; // let a later chart try again
        if (current) setState({ status: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, state.status]);
  return state;
}
