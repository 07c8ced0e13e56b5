import { useEffect } from 'react';
import { useUnsavedInputStore } from './unsaved-input-store';

/**
 * Marks a form as holding unsaved input while `dirty` is true, and warns before
 * the tab closes. `keptWhenLeaving`: the input is kept elsewhere when the
 * person moves to another screen, so only a reload or closing would lose it.
 */
export function useUnsavedInput(formId: string, dirty: boolean, { keptWhenLeaving = false } = {}): void {
  const setDirty = useUnsavedInputStore((state) => state.setDirty);
  useEffect(() => {
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
