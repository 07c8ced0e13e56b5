import { formatCourse } from './mobility-run';
import type { Trial } from './timed-trials';

/** The two walks at the usual pace, from a standing start, timed by a tap at each end. */
export function walkTrials(course: 3 | 4, units: 'metric' | 'imperial'): Trial[] {
  const distance = formatCourse(course, units);
  return [
    {
      heading: 'Walk 1 of 2',
      before: `Toes behind the start mark. At “Go”, walk at your usual pace past the end mark (${distance}). Stop is tapped as your first foot crosses it.`,
      startLabel: 'Start walk 1',
      firstWords: 'Stand with your toes behind the start mark. Walk at your usual pace when I say go.',
      doing: 'Walk at your usual pace, past the end mark.',
      stopHint: 'when the first foot crosses the end mark',
    },
    {
      heading: 'Walk 2 of 2',
      before: 'Rest if you need to. Then walk back the same way.',
      startLabel: 'Start walk 2',
      firstWords: 'Stand with your toes behind the mark. Walk back at your usual pace when I say go.',
      doing: 'Walk at your usual pace, past the mark.',
      stopHint: 'when the first foot crosses the mark',
    },
  ];
}
