// Turns the logs into what the Progress screen shows: the cards, in the order
// they appear, and the declines worth the calm check banner. Each card is
// built in its own module in ./cards, from the same context: the period, the
// units and the entries that fall in it, by kind. Pure (no React, no
// database), so every word a person reads can be tested without drawing a chart.
import type { ProgressData } from '../../db/progress-reads';
import type { LogEntry } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import { addDays } from '../../domain/dates';
import { rangeWindow, type ProgressRange, type RangeWindow } from '../../domain/progress-range';
import type { Context, ProgressCard } from './card-types';
import { chairStandCard } from './cards/chair-stand';
import { standPaceCards } from './cards/stand-pace';
import { standSteadinessCards } from './cards/stand-steadiness';
import { fiveTimesCard } from './cards/five-times';
import { sppbCards } from './cards/sppb';
import { walkingSpeedCards } from './cards/walking-speed';
import { tugCards } from './cards/tug';
import { balanceCards } from './cards/balance';
import { dailyRepsCard } from './cards/daily-reps';
import { dailyStepsCard } from './cards/daily-steps';
import { circumferenceCards } from './cards/circumference';
import { weightCard } from './cards/weight';
import { gripCard } from './cards/grip';
import { proteinCard } from './cards/protein';
import { planCard } from './cards/plan';

export interface ProgressModel {
  window: RangeWindow;
  cards: ProgressCard[];
  alerts: string[];
}

function groupByKind(entries: ProgressData['entries']): Context['byKind'] {
  const byKind: Context['byKind'] = {
    'chair-stand-30s': [],
    'five-times-sit-to-stand': [],
    circumference: [],
    weight: [],
    grip: [],
    protein: [],
    'sit-to-stand-count': [],
    steps: [],
  };
  for (const entry of entries) (byKind[entry.kind] as LogEntry[]).push(entry);
  return byKind;
}

export function buildProgress(data: ProgressData, range: ProgressRange, today: LocalDate): ProgressModel {
  const window = rangeWindow(range, today, data.firstDay);
  // Only what falls in the period's weeks: a card with nothing there shows its empty state.
  const last = addDays(window.lastWeek, 6);
  const inWindow = <T extends { day: LocalDate }>(rows: readonly T[]) => rows.filter((r) => r.day >= window.firstWeek && r.day <= last);
  const shown = { ...data, entries: inWindow(data.entries), planProgress: inWindow(data.planProgress) };
  const ctx: Context = { window, units: data.profile.units, today, data: shown, byKind: groupByKind(shown.entries) };
  const cards = [
    chairStandCard(ctx),
    ...standPaceCards(ctx),
    ...standSteadinessCards(ctx),
    fiveTimesCard(ctx),
    // Shown only once there is a result: most people never do these tests.
    ...sppbCards(ctx),
    ...walkingSpeedCards(ctx),
    ...tugCards(ctx),
    ...balanceCards(ctx),
    dailyRepsCard(ctx),
    dailyStepsCard(ctx),
    ...circumferenceCards(ctx),
    weightCard(ctx),
    gripCard(ctx),
    proteinCard(ctx),
    planCard(ctx),
  ];
  return { window, cards, alerts: cards.flatMap((c) => c.alerts) };
}
