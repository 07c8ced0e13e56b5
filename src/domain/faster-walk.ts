// Walking speed from a saved result, for Progress and the doctor's summary
// alike: a walking test keeps the time of each walk over its own course (3 or
// 4 m); an SPPB keeps its faster walk as the time over 4 m (a 3 m course
// already scaled, src/domain/sppb.ts).
import { walkingSpeed } from './mobility-norms';

export type WalkResult =
  | { kind: 'walk'; courseMetres: number; walkSeconds: readonly number[] | 'unable' }
  | { kind: 'sppb'; walkSeconds: number | 'unable' };

/** Metres per second of the faster walk, or null when the person could not walk. */
export function fasterWalkSpeed(result: WalkResult): number | null {
  if (result.walkSeconds === 'unable') return null;
  return result.kind === 'walk' ? walkingSpeed(result.courseMetres, Math.min(...result.walkSeconds)) : walkingSpeed(4, result.walkSeconds);
}
