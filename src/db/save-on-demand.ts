import type { saveProfile as SaveProfile } from './profile-repository';
import type { saveTriageRun as SaveTriageRun } from './triage-runs-repository';

// Saving checks every record against its schema, and that validation code
// (zod) is a good part of a screen's start-up work on a slow phone. Screens
// that open by reading and save only when the person acts call these, which
// fetch the saving code on first use (from the service worker's cache).
// Only for saves the screen waits for before showing them as done: a change
// shown at once (a plan tick) needs its write to start at once.

export const saveProfileOnDemand: typeof SaveProfile = async (...args) =>
  (await import('./profile-repository')).saveProfile(...args);

export const saveTriageRunOnDemand: typeof SaveTriageRun = async (...args) =>
  (await import('./triage-runs-repository')).saveTriageRun(...args);
