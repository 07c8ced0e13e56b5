// The SPPB session can hand its five chair stands to the five-times test, so
// the phone on the chest times them with no helper, and then take the time
// back. The session's step lives in sessionStorage (useSessionStep in
// mobility-screen.tsx); the five-times screens read it here to offer the way
// back, without loading the session's own code.

/** useSessionStep's storage key for the SPPB session (its key is 'sppb-test'). */
export const SPPB_SESSION_KEY = 'sppb-test';

/** True while an SPPB session waits for chair stands timed by the five-times test. */
export function sppbWaitingForStands(): boolean {
  try {
    const kept = globalThis.sessionStorage?.getItem(`regain-${SPPB_SESSION_KEY}`);
    const step = kept ? (JSON.parse(kept) as { step?: unknown; phoneSince?: unknown }) : null;
    return step?.step === 'stands' && typeof step.phoneSince === 'string';
  } catch {
    return false;
  }
}
