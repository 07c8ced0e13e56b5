// Today's sit-to-stands are logged set by set: each Save adds one set, and the
// day's count is the sum of its sets. The box starts at 0 for every set, so a
// number on screen is never counted twice (issue 14: 10 saved, then + 8 from
// 10 and Save, read 28 for a day of 18 stands).

export interface DaySets {
  sets: number;
  reps: number;
}

/** The sets and total reps in one day's entries (other kinds are ignored). */
export function daySets(entries: ReadonlyArray<{ kind: string; reps?: number }>): DaySets {
  let sets = 0;
  let reps = 0;
  for (const entry of entries) {
    if (entry.kind !== 'sit-to-stand-count') continue;
    sets += 1;
    reps += entry.reps ?? 0;
  }
  return { sets, reps };
}

/** "18 reps in 2 sets", "1 rep in 1 set". */
export function describeDaySets({ sets, reps }: DaySets): string {
  return `${reps} ${reps === 1 ? 'rep' : 'reps'} in ${sets} ${sets === 1 ? 'set' : 'sets'}`;
}
