import { useLayoutEffect } from 'react';
import { useUnsavedInputStore } from './unsaved-input-store';

/**
 * Marks a form as holding unsaved input while `dirty` is true, and warns before
 * the tab closes. `keptWhenLeaving`: the input is kept elsewhere when the
 * person moves to another screen, so only a reload or closing would lose it.
 */
export function useUnsavedInput(formId: string, dirty: boolean, { keptWhenLeaving = false } = {}): void {
  const setDirty = useUnsavedInputStore((state) => state.setDirty);
  // A layout effect, so the hold changes in the same commit as the screen: a
  // tap on a link that has just appeared (say "Leave it deleted", once the form
  // gives way to a conflict panel) must not be caught by the leave guard
  // because a passive effect had not run yet on a busy phone.
  useLayoutEffect(() => {
    setDirty(formId, dirty, keptWhenLeaving);
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirty(formId, false);
    };
  }, [formId, dirty, keptWhenLeaving, setDirty]);
}
