// Logic and data tests run in plain Node: an in-memory IndexedDB is all they need.
import 'fake-indexeddb/auto';
import { afterAll, vi } from 'vitest';

// The logic project runs its files one after another in a shared process
// (isolate: false in vite.config.ts), so nothing a file changes in the
// process may reach the next file. Tests already undo what they change; this
// is the safety net. The zone the process started in is kept once, on
// globalThis, because this file runs again before every test file.
const START_ZONE = Symbol.for('regain.tests.start-zone');
const shared = globalThis as typeof globalThis & { [START_ZONE]?: { tz: string | undefined } };
shared[START_ZONE] ??= { tz: process.env.TZ };
const startZone = shared[START_ZONE];

afterAll(() => {
  // `process.env.TZ = undefined` stores the text "undefined": delete instead.
  if (startZone.tz === undefined) delete process.env.TZ;
  else process.env.TZ = startZone.tz;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});
