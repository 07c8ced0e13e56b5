import { standQuality } from '../../domain/stand-quality';
import { formatSeconds } from './format';

// How the stands went, from what the phone recorded (src/domain/stand-quality.ts
// does the arithmetic): the person's own pace, whether it slowed, how even the
// rises were. No norms: these are for comparing with their own earlier tests.

export interface StandQualityWords {
  pace: string;
  tiring: string | null;
  steadiness: string | null;
}

const TIRING = {
  slower: 'Your last stands were slower than your first: your legs tired as the test went on.',
  'about the same': 'You kept your pace to the end: your last stands were about as quick as your first.',
  faster: 'Your last stands were quicker than your first.',
} as const;

const STEADINESS = {
  steady: 'and your rises were steady.',
  'somewhat uneven': 'and your rises were fairly steady.',
  uneven: 'but some rises took much longer than others.',
} as const;

export function describeStandQuality(standTimes: readonly number[], riseSeconds: readonly number[]): StandQualityWords | null {
  const rises = riseSeconds.map((seconds) => ({ start: 0, top: 0, riseSeconds: seconds }));
  const quality = standQuality({ standTimes: [...standTimes], rises });
  if (quality.secondsPerStand === null) return null;
  const averageRise = riseSeconds.reduce((sum, s) => sum + s, 0) / Math.max(1, riseSeconds.length);
  return {
    pace: `On average, each stand took ${formatSeconds(quality.secondsPerStand)} seconds, from one stand to the next.`,
    tiring: quality.fatigue ? TIRING[quality.fatigue] : null,
    steadiness: quality.steadiness ? `Standing up took about ${formatSeconds(averageRise)} seconds each time, ${STEADINESS[quality.steadiness]}` : null,
  };
}

/** Under the result: pace, tiring and steadiness in plain words, when the phone measured the stands. */
export function StandQualityView({ standTimes, rises }: { standTimes: readonly number[]; rises: readonly number[] }) {
  const words = describeStandQuality(standTimes, rises);
  if (!words) return null;
  return (
    <section className="gt-panel" aria-labelledby="gt-quality-heading">
      <h2 id="gt-quality-heading">How your stands went</h2>
      <ul className="gt-history">
        {[words.pace, words.tiring, words.steadiness].filter(Boolean).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="small">The phone measured these. Compare them with your own earlier tests, not with other people.</p>
    </section>
  );
}
