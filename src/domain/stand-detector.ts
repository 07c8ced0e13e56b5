// Counting sit-to-stands from a phone held flat on the chest under crossed
// arms (30-second chair stand, five-times sit-to-stand). Pure: no browser.
//
// The method, and why each step:
// 1. Resample to a steady 50 Hz by linear interpolation. Phones deliver 15–60
//    events a second, irregularly, with gaps; everything after this works on
//    one fixed time step, so it behaves the same at any rate.
// 2. Vertical acceleration without knowing how the phone is held: follow
//    gravity's direction in the phone's own frame (the signal smoothed over
//    0.15 s) and project each reading onto it, minus gravity's size. That
//    direction is measured, so portrait, landscape, upside down, screen in or
//    out, any tilt, and iOS's negated axes all give the same number, and it
//    turns with the trunk when the person leans forward 30–45° to rise.
//    (Simply taking the length of the vector, |a| − g, also ignores
//    orientation but reads every sideways jolt of the lean as upward.)
// 3. Learn gravity's size on this phone (calibration makes it 9.7–9.9, not
//    9.81): a first guess from the first half second, kept within 9.4–10.2
//    (in the app that half second is the phone being put on the chest), then
//    corrected whenever the body is still: the smoothed reading varies less
//    than 0.2 m/s² over 0.4 s, stays within 0.8 of that size, and its
//    direction is not turning. Stillness is mostly seen from that spread,
//    so a wrong first guess cannot hide it. While still, the velocity is also set to zero (a body at rest
//    is not moving: a "zero-velocity update").
// 4. Integrate to vertical velocity, band-passed (the acceleration's 4 s
//    mean removed, a 2 s leak on the velocity) so that a small error in
//    gravity or a gap in the data cannot build up over 30 s of movement.
// 5. A rise is a lobe of upward velocity: it starts when the chest stops
//    going down (the deepest point of the forward lean) and ends when the
//    upward speed has fallen to a tenth of its peak. The band-pass pulls the
//    velocity down a little early, so the moment of full standing (the time
//    reported) is when the plain integral of the acceleration since the rise
//    began has also fallen to a tenth of its peak, looked for during at most
//    0.1 s. That plain integral drifts with any error in gravity's size, so
//    the wait is kept short: with 0.25 s, stands on a second, independently
//    written simulator came out 0.2 s late on median (0.1 s with 0.1 s),
//    while on our own they moved by 0.01 s.
// 6. It counts as a stand when (a) the chest rose at least 70 % of this
//    person's usual rise (the median of their recent clear rises, starting
//    from a typical 0.4 m) and at least 0.2 m, and (b) it ended by braking:
//    downward acceleration took away at least 30 % of the peak upward speed,
//    as a body that arrives at standing does. A lean forward without rising
//    moves the chest down then back up by under 0.1 m; a rise that stops
//    half-way reaches under half the usual height; the small upward bump the
//    filter leaves after sitting down has no braking: none of them counts.
// 7. At the end of a 30-second test, a rise under way counts if the chest has
//    already risen half of this person's usual rise (and the look-back of
//    step 8, taken at once, finds it rising at least 0.3 of its usual, and
//    readings came in over at least 30 % of the time since it began: a gap
//    in the data right after landing on the seat reads as a fast rise); so
//    does a rise the live look saw end by 30 s whose moment of full standing
//    settled just after it.
// 8. A second look (stand-detector-lookback.ts), 0.5 s after a rise ends: the
//    last 5 s are measured as the whole-recording counter does (B1–B3 below:
//    gravity from a centred window, so no lag as the trunk straightens;
//    velocity pinned where the chest was still or turning). Right after
//    landing on the seat the live filter can show a burst of upward speed
//    (the trunk straightening, the band-pass ringing after the impact); the
//    second look sees the chest did not rise. A stand is said only when the
//    second look finds a climb of at least half this person's usual one
//    (measured the same way) that began after the previous stand's top. A
//    braked rise the live step 6 found too short is also looked at again
//    when it was brief (at most 0.5 s: a quick rise the band-pass cut
//    short), and counts if the second look finds a full stand (70 % of the
//    usual climb, at least 0.2 m) whose top the chest had already passed.
//    A longer low lobe is the chest settling after landing on the seat, which
//    the second look can misread as a climb (on the second simulator this
//    path added 52 stands that never happened and 6 real ones). So each
//    stand is said 0.25–0.5 s after the chest reached standing, once, and
//    never taken back; its time is still the live moment of full standing.
// 9. Slow rises. A frail person rising at 0.3–0.5 m/s over 2–3 s barely moves
//    the band-passed velocity: the live look reads the rise at a third of its
//    height, or splits it in two, and steps 6 and 8 never see a stand (on a
//    third, independently written simulator the five-times clock stopped for
//    3 of 12 frail people). So every 0.5 s, when no candidate is waiting, the
//    last 6 s are measured as in step 8 and any climb that began after the
//    latest stand's top (and not before Go), whose top is pinned (a still
//    moment after it, standing or back on the seat, or the start of the next
//    climb), that lasted at least 0.9 s and rose 70 % of this person's usual
//    look-back rise (from a first guess of 0.2 m, at least 0.15 m) is a
//    stand, timed when the chest had risen 97 % of it. Said late (once the
//    person has been still for a moment, or starts the next rise), but
//    counted. Not when the live look saw that climb clearly (0.2 m or more)
//    and found no braking: after landing on the seat the trunk straightens
//    and lifts the chest, which the look-back can read as a slow climb:
//    without this rule, a stand that never happened was added in 7 of the
//    second simulator's 10 five-times tests of slow movers; with it, in 1. A
//    climb 1.5 times the usual one is counted even so: a frail person's rise
//    can end with too little braking for step 6 (one more frail five-times
//    clock stopped).
// Cost: a few dozen arithmetic operations per 20 ms step, a 5-second
// whole-recording measurement per candidate rise, and a 6-second one every
// 0.5 s (0.35 ms per second of signal here, against 0.12 without).
//
// That is the live counter (createStandCounter): causal, spoken as a guide. The count the person
// confirms (countStands, chair stand) comes from the whole recording, which may look ahead
// (stand-detector-batch.ts):
// B0. Only the last second before Go is used: before it the phone is being put on the chest.
// B1. Same 50 Hz grid; gravity's direction from a centred 0.5 s window (no lag as the trunk turns).
// B2. Still moments are found without knowing gravity's size (the smoothed vertical reading stays within
//     0.25 m/s² over 0.6 s, and gravity's direction in the phone turns under 3°: a frail person's slow,
//     steady climb barely changes the reading, but the trunk straightens); gravity's size is the median
//     reading over them, so a poor first guess cannot stick.
// B3. Velocity is the plain integral, pinned to zero while still and at the chest's turning points
//     (alternating extremes of height, 3 cm hysteresis: under the 5–8 cm a lean lowers the chest, so a
//     lean is pinned too) with a straight line between pins; the turning
//     points are found again from the new height, four times, starting from a 2 s centred high-pass.
//     That first window is a guess, so the recording is counted with 2, 2.5 and 3 s and the middle
//     count is taken (countStandsBatchMiddle); with 3, 4 and 5 s for a slow mover, whose stands took
//     1.5 s or more to rise (a shorter window takes part of such a rise away).
// B4. Each climb from a low turning point to the next high one is a rise: a stand if it reaches 65 % of
//     the median of this recording's rises over 0.15 m (and at least 0.15 m), leaving out of that median
//     those under 0.4 of the tall ones (rocks and bounces on the seat; the final climb, B6, is not among
//     them). Half-rises and leans fall short. The first climb after Go, measured with nothing still
//     before it, counts at 50 % when the live detector heard a stand in it.
// B5. Its moment is the live detector's when that is within 0.5 s or inside the climb, else when the
//     chest reached 97 % of the climb.
// B6. The end has no lookahead: the final climb, when no pin follows its top, rests on an integral
//     pinned at one end only, so the live detector's stands there are taken instead; a climb under way
//     at 30 s counts if past half the usual rise, and the live detector agrees.
import { countStandsBatchMiddle } from './stand-detector-batch';
import { createLookback } from './stand-detector-lookback';
import { timeFiveStands } from './stand-detector-five-times';
import { createVerticalSignal, STEP_MS, type VerticalStep } from './stand-detector-signal';
import type { MotionSample, Rise, StandCount, StandCounter, StandTest } from './stand-detector-types';

export type { MotionSample, Rise, StandCount, StandCounter, StandTest } from './stand-detector-types';

const DT = STEP_MS / 1000;
/** Upward velocity that starts a rise (m/s). Slow rises of older adults peak around 0.3–0.5 m/s. */
const RISE_ON = 0.1;
/** A rise ends when the upward speed falls under this fraction of its peak. */
const END_FRACTION = 0.1;
/** The longest wait to pin down the moment of full standing after a stand is recognised (ms). */
const SETTLE_MS = 100;
/** A real rise ends by braking: downward acceleration takes away at least this part of the peak upward speed. */
const BRAKE_FRACTION = 0.3;
/** Downward acceleration under this is taken as noise when adding up braking (m/s²). */
const BRAKE_NOISE = 0.1;
/** A person's usual rise before we have seen any of theirs (m): chest rise from the deepest lean to standing. */
const PRIOR_RISE = 0.4;
/** The same for the look-back's measure, which reads rises lower: medians of 0.26–0.43 m over three
 * simulators, 0.26 on the third (tests/independent-simulators/third), whose frail people's first rises
 * (0.14–0.20 m) then all fell under half of 0.4, so none passed and the five-times clock never stopped. */
const LOOK_PRIOR_RISE = 0.3;
/** A chest rises at most about this much from sitting to standing (m): taller estimates are drift. */
const MAX_USUAL_RISE = 0.6;
/** Part of the usual rise a stand must reach (a rise that stops half-way reaches under half). */
const STAND_FRACTION = 0.7;
/** No stand rises less than this (m); a lean forward and back moves the chest under 0.1 m. */
const MIN_RISE = 0.2;
/** Past half-way at the end of the test. */
const HALF_WAY = 0.5;
/** A rise under way at 30 s must also show, to the look-back, this part of the usual look-back rise. With
 * it, on our corpus, 3 people sitting back down at 30 s were no longer counted a stand too many (seed 4242)
 * and a fourth came one closer (12345), while one stand under way was lost (31337); nothing changed on the
 * two independent simulators. */
const UNDER_WAY_LOOK = 0.3;
/** …and must have been seen: readings over at least this part of the time since it began. Between two
 * readings the acceleration is taken to change in a straight line, so a gap in the data (the page busy
 * for 0.1–0.5 s) right after landing on the seat spreads the landing's jolt over the gap and reads as a
 * fast rise: on our seed 20260, one person sat down at 29.4 s, the data stopped from 29.51 to 29.93 s,
 * and a stand was counted under way at 30 s. Of 1,440 simulated 30-second tests on six seeds and 360 on
 * the two independent simulators, that is the only count this rule changes. */
const UNDER_WAY_SEEN = 0.3;
/** The 30-second chair stand ends at 30 s. */
const CHAIR_STAND_END_MS = 30_000;
/** A stand is checked (and said) this long after the live detector saw it end (ms): time enough for the
 * chest's next turning point or a still moment to pin the velocity after the top. */
const CHECK_DELAY_MS = 500;
/** A lobe the live look found too short is looked at again only if it lasted at most this long (ms). */
const BRIEF_LOBE_MS = 500;
/** Slow rises (step 9): the look-back is scanned for climbs this often (ms)… */
const SLOW_SCAN_EVERY_MS = 500;
/** …and a climb it finds is a stand when it lasted at least this long (ms: faster rises are the live
 * look's, which times them better)… */
const SLOW_MIN_CLIMB_MS = 900;
/** …and rose at least STAND_FRACTION of the person's usual look-back rise, starting from this (m: the
 * look-back reads a frail person's rises at 0.18–0.25 m), and at least SLOW_MIN_RISE (m). */
const SLOW_PRIOR_RISE = 0.2;
const SLOW_MIN_RISE = 0.15;
/** A climb the live look saw clearly (at least this high, m) and found unbraked is not a stand: the trunk
 * straightening after landing on the seat lifts the chest without the braking of arriving at standing. */
const UNBRAKED_CLEAR_RISE = 0.2;
/** …unless the look-back found the climb at least this many times the usual rise: the trunk straightening
 * on the seat lifts the chest a little, and a frail person's real rise can end with too little braking for
 * the live look (on the third simulator, from none to 29 % of its peak speed, where step 6 needs 30 %). */
const TALL_CLIMB = 1.5;
/** The live look's lobe belongs to a climb if it ended at most this long after the climb's top (ms). */
const LOBE_AFTER_TOP_MS = 300;
/** A slow climb that began more than this long before Go (ms) is the phone being put on the chest. */
const EARLY_START_MS = 300;
/** The moment of full standing of a slow rise: when the chest had risen this part of the climb. */
const SLOW_TOP_FRACTION = 0.97;
/** The look-back must find at least this part of the person's usual look-back rise… */
const CHECK_FRACTION = 0.5;
/** …and at least this much (m): a lean forward and back moves the chest under 0.1 m. */
const CHECK_MIN_RISE = 0.1;

export interface RiseLobe {
  startMs: number;
  endMs: number;
  /** How far the chest rose (m, estimated). */
  rise: number;
  /** Fastest upward speed (m/s) and the speed taken away by braking (m/s). */
  peak: number;
  braking: number;
  counted: boolean;
}

export interface StandCounterDebug {
  /** Called for every upward lobe, counted or not (for tuning and the bench). */
  onLobe?: (lobe: RiseLobe) => void;
}

const medianOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export function createStandCounter(test: StandTest, debug: StandCounterDebug = {}): StandCounter {
  const clearRises: number[] = []; // heights of recent lobes that look like rises (for the usual rise)
  const rises: Rise[] = [];
  const standTimes: number[] = [];
  let fresh: number[] = [];
  const lookback = createLookback();
  let lastTopMs = -Infinity; // the look-back's top of the latest confirmed stand
  let underWayChecked = false; // a rise the live look saw end by 30 s, past step 8's check, standing just after
  const unbrakedEnds: number[] = []; // when clear live lobes without braking ended (see UNBRAKED_CLEAR_RISE)
  const checkedRises: number[] = []; // look-back heights of confirmed stands (for the usual one)
  // Candidate stands waiting for their look-back check, in time order (live: step 6 counted it).
  const queue: { startMs: number; endMs: number; topMs: number; live: boolean }[] = [];
  let startMs = 0; // the latest moment the chest was not going up
  let rising = false;
  let height = 0; // how far the chest rose since startMs
  let peak = 0; // fastest upward speed since startMs
  let braking = 0; // upward speed taken away by slowing down (m/s)
  let lastT = -Infinity;
  let localSpeed = 0; // plain (unfiltered) integral of the acceleration since startMs
  let localPeak = 0;
  // Height of a rise under way at each step (-1: none), for the half-way rule at finish(endMs).
  const historyT: number[] = [];
  const historyH: number[] = [];
  const historyStart: number[] = []; // when the rise under way began (ms)
  const historyStill: boolean[] = [];
  const usualRise = () => medianOf([PRIOR_RISE, ...clearRises.slice(-7).map((h) => Math.min(h, MAX_USUAL_RISE))]);
  const lastStandMs = test === 'chair-stand-30' ? CHAIR_STAND_END_MS : Infinity;

  // A candidate stand whose exact moment of full standing is still being pinned down (see endLobe).
  let settling: { startMs: number; decidedMs: number; speed: number; peak: number; live: boolean } | null = null;
  const publish = (topMs: number) => {
    if (!settling) return;
    queue.push({ startMs: settling.startMs, endMs: settling.decidedMs, topMs, live: settling.live });
    settling = null;
  };
  // A person's usual rise as the look-back measures it (the median of their recent confirmed stands).
  const usualLookRise = (prior: number) => medianOf([prior, ...checkedRises.slice(-7)]);
  const addStand = (startMs: number, topMs: number) => {
    standTimes.push(topMs / 1000);
    rises.push({ start: startMs / 1000, top: topMs / 1000, riseSeconds: (topMs - startMs) / 1000 });
    fresh.push(topMs / 1000);
  };
  // The look-back check (step 8), with velocity pinned where the chest was at rest or turning.
  const check = () => {
    const stand = queue.shift()!;
    const { rise, lowMs, topMs: lookTop, topped } = lookback.rise(stand.startMs, stand.endMs);
    // A stand's climb starts after the previous stand's top: the same climb is not counted twice.
    if (lowMs < lastTopMs) return;
    const usual = usualLookRise(LOOK_PRIOR_RISE);
    // Both looks agree: the second need only show the chest clearly rose (a landing's false rise measures
    // a few cm). The live look found it too short: the second alone must show a full stand, ended.
    const need = stand.live ? Math.max(CHECK_MIN_RISE, CHECK_FRACTION * usual) : Math.max(MIN_RISE, STAND_FRACTION * usual);
    if (rise < need || (!stand.live && (!topped || stand.endMs - stand.startMs > BRIEF_LOBE_MS))) return;
    checkedRises.push(Math.min(rise, MAX_USUAL_RISE));
    lastTopMs = lookTop;
    const { startMs: start, topMs } = stand;
    if (topMs > lastStandMs) {
      // The live look saw the rise end by 30 s, but its moment of full standing settled a little after: a
      // rise under way at the end, past half-way, and already checked (step 7).
      if (stand.endMs <= lastStandMs) underWayChecked = true;
      return;
    }
    addStand(start, topMs);
  };

  // Step 9: slow rises the live look cut short or split, found by the look-back once their top is pinned.
  const slowScan = () => {
    const usual = usualLookRise(SLOW_PRIOR_RISE);
    const need = Math.max(SLOW_MIN_RISE, STAND_FRACTION * usual);
    const latestStandMs = standTimes.length ? standTimes[standTimes.length - 1]! * 1000 : -Infinity;
    for (const climb of lookback.climbs(Math.max(lastTopMs, latestStandMs), SLOW_TOP_FRACTION)) {
      const { lowMs, topMs, standMs, rise } = climb;
      // Before Go the phone is being put on the chest: lifting it from the lap is a climb, not a stand,
      // even when it ends just after Go. A person's rise starts after Go (the lean comes first).
      if (lowMs < -EARLY_START_MS || standMs < 0 || rise < need || topMs - lowMs < SLOW_MIN_CLIMB_MS) continue;
      const tall = rise >= TALL_CLIMB * usual;
      if (!tall && unbrakedEnds.some((end) => end > lowMs && end <= topMs + LOBE_AFTER_TOP_MS)) continue;
      checkedRises.push(Math.min(rise, MAX_USUAL_RISE));
      lastTopMs = topMs;
      if (standMs > lastStandMs) return;
      addStand(lowMs, standMs);
    }
  };

  const endLobe = (t: number) => {
    const braked = braking >= BRAKE_FRACTION * peak;
    if (height >= MIN_RISE && braked) clearRises.push(height);
    const counted = braked && height >= Math.max(MIN_RISE, STAND_FRACTION * usualRise()) && t >= 0;
    debug.onLobe?.({ startMs, endMs: t, rise: height, peak, braking, counted });
    if (!braked && height >= UNBRAKED_CLEAR_RISE) unbrakedEnds.push(t);
    // Counted, or braked and over a lean's height: looked at again in CHECK_DELAY_MS (step 8).
    if (braked && t >= 0 && (counted || height >= CHECK_MIN_RISE)) {
      publish(t);
      // The band-passed velocity falls a little before the chest stops (the filter's leak pulls it
      // down): the moment of full standing is when the plain integral of the acceleration since the
      // rise began has also fallen to a tenth of its peak, looked for during at most SETTLE_MS.
      settling = { startMs, decidedMs: t, speed: localSpeed, peak: localPeak, live: counted };
      if (localSpeed <= END_FRACTION * localPeak) publish(t);
    }
    rising = false;
  };

  const onStep = ({ t, a, aSmooth, v, still }: VerticalStep) => {
    lastT = t;
    if (settling) {
      settling.speed += a * DT;
      if (settling.speed <= END_FRACTION * settling.peak || still || t - settling.decidedMs >= SETTLE_MS) publish(t);
    }
    while (queue.length && t >= queue[0]!.endMs + CHECK_DELAY_MS) check();
    if (!queue.length && !settling && t >= 0 && t % SLOW_SCAN_EVERY_MS === 0) slowScan();
    if (!rising && (v <= 0 || still)) {
      startMs = t;
      height = 0;
      peak = 0;
      braking = 0;
      localSpeed = 0;
      localPeak = 0;
    } else {
      height += v * DT;
      localSpeed += a * DT;
      localPeak = Math.max(localPeak, localSpeed);
      braking += Math.max(0, -aSmooth - BRAKE_NOISE) * DT;
      if (!rising && v > RISE_ON) rising = true;
      if (rising) {
        peak = Math.max(peak, v);
        // Full standing: the upward speed fell to a tenth of its peak.
        if (v <= END_FRACTION * peak || still) {
          endLobe(t);
          startMs = t;
          height = 0;
          peak = 0;
          braking = 0;
          localSpeed = 0;
          localPeak = 0;
        }
      }
    }
    historyT.push(t);
    historyH.push(rising ? height : -1);
    historyStart.push(startMs);
    historyStill.push(still);
  };

  const signal = createVerticalSignal(onStep);

  return {
    push(sample) {
      lookback.push(sample);
      signal.push(sample);
      const out = fresh;
      fresh = [];
      return out;
    },
    soFar() {
      return { count: standTimes.length, standTimes: [...standTimes], fifthStandAt: standTimes[4] ?? null, rises: [...rises] };
    },
    stillShare(windowMs) {
      let still = 0;
      let steps = 0;
      for (let i = historyT.length - 1; i >= 0 && historyT[i]! > lastT - windowMs; i--, steps++) if (historyStill[i]) still++;
      return steps === 0 ? 0 : still / steps;
    },
    finish(endMs) {
      signal.flush();
      publish(lastT);
      // Five-times: a recording that ends while the last rise is still slowing down closes it there.
      if (test === 'five-times' && rising && lastT <= endMs) {
        endLobe(lastT);
        publish(lastT);
      }
      // The recording ended: stands still waiting are checked with what there is.
      while (queue.length) check();
      const times = standTimes.filter((s) => s * 1000 <= endMs);
      const counted = rises.filter((r) => r.top * 1000 <= endMs);
      let count = times.length;
      if (test === 'chair-stand-30') {
        // A rise under way at the end (the last step not after endMs) counts if past half-way up.
        let i = historyT.length - 1;
        while (i >= 0 && historyT[i]! > endMs) i--;
        const h = i >= 0 ? historyH[i]! : -1;
        // No time is left for step 8's second look, so it is taken now: right after landing on the seat the
        // live look can show a burst of upward speed that is not a rise.
        const lookedRise = () => lookback.rise(historyStart[i]!, endMs).rise >= UNDER_WAY_LOOK * usualLookRise(LOOK_PRIOR_RISE);
        const seen = () => lookback.missingShare(historyStart[i]!, endMs) <= 1 - UNDER_WAY_SEEN;
        if (underWayChecked || (h >= HALF_WAY * Math.max(MIN_RISE, usualRise()) && lookedRise() && seen())) count += 1;
      }
      return { count, standTimes: times, fifthStandAt: times[4] ?? null, rises: counted };
    },
  };
}

/**
 * The whole recording at once (the count the person confirms). Chair stand: the whole-recording method
 * (stand-detector-batch.ts), with the live detector's moments of full standing where they match.
 * Five-times: played as the app plays it (stand-detector-five-times.ts): the live count, its fifth stand
 * checked against the whole recording so far; when the clock would not stop, the second look the app
 * takes when the phone lost count (stand-detector-second-look.ts). What follows the fifth stand (sitting
 * back down, lifting the phone off the chest to read it) is not part of the test.
 */
export function countStands(recorded: MotionSample[], test: StandTest, debug: StandCounterDebug = {}): StandCount {
  const samples = fromGo(inMilliseconds(inMetresPerSecondSquared(recorded)));
  const counter = createStandCounter(test, debug);
  if (test === 'five-times') return timeFiveStands(samples, counter);
  for (const sample of samples) counter.push(sample);
  const live = counter.finish(CHAIR_STAND_END_MS);
  return countStandsBatchMiddle(samples, test, CHAIR_STAND_END_MS, live);
}

/**
 * Times are milliseconds from Go, but a recording made with another tool may give seconds: samples a
 * hundredth of a second apart then read as 0.01 ms apart, over 5,000 a second, which no phone delivers.
 * Such a recording is scaled to milliseconds. Anything else is left as it is.
 */
function inMilliseconds(samples: MotionSample[]): MotionSample[] {
  const steps: number[] = [];
  for (let i = 1; i < samples.length; i++) {
    const step = samples[i]!.t - samples[i - 1]!.t;
    if (step > 0) steps.push(step);
  }
  if (steps.length < 10 || medianOf(steps) >= 0.2) return samples;
  return samples.map((s) => ({ ...s, t: s.t * 1000 }));
}

/** A recording that starts this long after Go was not timed from Go (ms). */
const LATEST_START_MS = 10_000;

/**
 * Times are from Go, but a tool may write its own clock instead (the phone's uptime, or the date in
 * milliseconds): the first sample then comes minutes or years "after Go", and a 30-second test would find
 * no stand before 30 s. Such a recording is taken to start at Go. In the app every recording starts before Go.
 */
function fromGo(samples: MotionSample[]): MotionSample[] {
  const first = samples[0]?.t ?? 0;
  if (first <= LATEST_START_MS) return samples;
  return samples.map((s) => ({ ...s, t: s.t - first }));
}

/** 1 g in m/s². */
const STANDARD_GRAVITY = 9.80665;

/**
 * Browsers report m/s², but a recording made with another tool may be in g (gravity reads about 1): such a
 * recording is scaled to m/s², so that heights come out in metres. Anything else is left as it is.
 */
function inMetresPerSecondSquared(samples: MotionSample[]): MotionSample[] {
  const sizes = samples.map((s) => Math.hypot(s.x, s.y, s.z)).filter(Number.isFinite);
  const typical = sizes.length ? medianOf(sizes) : NaN;
  if (!(typical > 0.5 && typical < 2)) return samples;
  return samples.map((s) => ({ t: s.t, x: s.x * STANDARD_GRAVITY, y: s.y * STANDARD_GRAVITY, z: s.z * STANDARD_GRAVITY }));
}
