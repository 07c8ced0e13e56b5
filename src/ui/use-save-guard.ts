import { useCallback, useMemo, useRef, useState } from 'react';

/**
 * A shaky double tap on Save must save once. Two taps arrive 100–300 ms apart:
 * the second comes while the first is still writing, or just after the form was
 * cleared for the next entry. Both are ignored:
 * - while a save is under way, every other Save is ignored;
 * - for a short while after a save, a Save on the untouched, cleared form is
 *   ignored (its "Saved" message is still on screen), so it cannot log an empty
 *   check-in or raise "enter a number" over the form that has just been saved.
 * Anything the person changes after the save (`edited()`) makes the next Save
 * count at once: a real second entry is never dropped.
 */
export const REPEAT_TAP_MS = 2000;

export interface SaveGuard {
  /** True while a save is under way (for "Saving…" on the button). */
  saving: boolean;
  /** Call from every change handler of the form. */
  edited: () => void;
  /**
   * Runs `save` unless it is a repeat tap. `save` returns false when it saved
   * nothing (a problem in the form), so the next tap is not taken as a repeat.
   */
  run: (save: () => Promise<boolean | void>) => Promise<void>;
}

export function useSaveGuard(now: () => number = Date.now): SaveGuard {
  const busy = useRef(false);
  const savedAt = useRef<number | null>(null);
  const [saving, setSaving] = useState(false);

  const edited = useCallback(() => {
    savedAt.current = null;
  }, []);

  const run = useCallback(
    async (save: () => Promise<boolean | void>) => {
      if (busy.current) return;
      if (savedAt.current !== null && now() - savedAt.current < REPEAT_TAP_MS) return;
      busy.current = true;
      setSaving(true);
      try {
        const saved = await save();
        savedAt.current = saved === false ? null : now();
      } finally {
        busy.current = false;
        setSaving(false);
      }
    },
    [now],
  );

  return useMemo(() => ({ saving, edited, run }), [saving, edited, run]);
}
