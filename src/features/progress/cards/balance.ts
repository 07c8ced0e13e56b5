// The 4-stage balance card: no chart (four stances, at most 10 seconds each,
// make a poor line), just the newest result in words and a table of results,
// with the CDC STEADI line: not holding feet heel to toe for 10 seconds.
import type { MobilityTestOf, Stance } from '../../../db/mobility-schema';
import { TANDEM_LINE } from '../../../domain/mobility-norms';
import { formatNumber } from '../../../domain/units';
import { formatShortDay } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { guidelineName, olderOnly, resultDays, resultsOf } from './mobility-parts';
import { BALANCE_TEST_PATH } from '../../../ui/paths';

const BALANCE_LINK: CardLink = { to: BALANCE_TEST_PATH, label: 'Do the balance test' };
// In the order they are tried. Not imported from the schema: that would pull
// the record checks (zod) into the Progress screen's code.
const STANCE_WORDS: Record<Stance, string> = {
  sideBySide: 'feet side by side',
  semiTandem: 'one foot half in front',
  tandem: 'feet heel to toe',
  oneLeg: 'standing on one foot',
};

const STANCES = Object.keys(STANCE_WORDS) as Stance[];

type Balance = MobilityTestOf<'balance'>;
/** Held for the full 10 seconds, rounded as a stopwatch shows them: the same test as the heel-to-toe line. */
const full = (seconds: number | null) => seconds !== null && !TANDEM_LINE.flags(seconds);
const heldFully = (t: Balance) => STANCES.filter((s) => full(t.holds[s])).length;

function words(t: Balance): string {
  const held = heldFully(t);
  if (held === STANCES.length) return 'you held all 4 stances for 10 seconds.';
  // Stances are tried in order: the first not held fully is where the test ended.
  const ended = STANCES.find((s) => !full(t.holds[s]))!;
  // To the hundredth: 9.99 seconds must not read as the 10 that counts as held.
  const time = `${STANCE_WORDS[ended]} for ${formatNumber(t.holds[ended] ?? 0, 2)} seconds`;
  return held === 0 ? `you held ${time}.` : `you held ${held} of the 4 stances for 10 seconds, then ${time}.`;
}

/** One card, or none before the first balance test. */
export function balanceCards(ctx: Context): ProgressCard[] {
  const { all, shown } = resultsOf(ctx, ['balance']);
  if (all.length === 0) return [];
  const base = { id: 'balance', title: 'Balance test', hint: null };
  if (shown.length === 0) return [olderOnly(base, all[0]!.day, BALANCE_LINK)];
  const newest = shown[0]!;
  return [
    {
      ...base,
      summary: `Newest, ${formatShortDay(newest.day)}: ${words(newest)}`,
      chart: null,
      table: {
        caption: 'Balance tests, newest first. Each stance is held for up to 10 seconds.',
        columns: ['Date', 'Stances held', 'Feet heel to toe'],
        get rows() {
          const days = resultDays(shown);
          return shown.map((t, i) => [days[i]!, `${heldFully(t)} of 4`, t.holds.tandem === null ? 'Not tried' : `${formatNumber(t.holds.tandem, 2)} s`]);
        },
      },
      empty: null,
      notes: [
        {
          text: TANDEM_LINE.flags(newest.holds.tandem ?? 0)
            ? `Not holding feet heel to toe for 10 seconds is a sign of a higher risk of falling (${guidelineName(TANDEM_LINE.source)}).`
            : `You held feet heel to toe for 10 seconds: not holding it is a sign of a higher risk of falling (${guidelineName(TANDEM_LINE.source)}).`,
        },
      ],
      alerts: [],
    },
  ];
}
