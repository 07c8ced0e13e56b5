/**
 * Long jobs on big data (checking, restoring, exporting 200,000 records) run
 * on the page's own thread, so they must stop every few tens of milliseconds
 * to let the screen draw and answer taps: a phone that freezes for seconds
 * looks broken, and people switch it off.
 */

/** How long a job may run before it gives the page a turn. */
const SLICE_MS = 40;

/**
 * Lets the page draw and handle input, then carries on. A message to self,
 * not setTimeout: timers in a hidden tab are slowed to one a second or less,
 * which would stretch a restore from seconds to minutes if the person
 * switched apps meanwhile. Never call this inside a database transaction:
 * a transaction with nothing to wait for commits.
 */
export function giveWay(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How far a long job has got, for a progress bar: `done` of `total` records. */
export interface Progress {
  done: number;
  total: number;
}

export type OnProgress = (progress: Progress) => void;

/**
 * Paces a loop: `pacer.due()` after each unit of work says when the current
 * slice has run for SLICE_MS and the page should get a turn. Outside a
 * transaction, `await giveWay()` then; inside one, wait for the database
 * instead (a quick read), since only database work keeps a transaction open,
 * and Dexie keeps its transaction only across awaits of its own requests.
 */
export function createPacer() {
  let sliceStart: number | null = performance.now();
  return {
    due(): boolean {
      const now = performance.now();
      // The slice after a turn starts at the first step after it, not at the turn.
      if (sliceStart === null) {
        sliceStart = now;
        return false;
      }
      if (now - sliceStart < SLICE_MS) return false;
      sliceStart = null;
      return true;
    },
  };
}
