import { useEffect } from 'react';
import { useUnsavedInputStore } from './unsaved-input-store';

/** Marks a form as holding unsaved input while `dirty` is true, and warns before the tab closes. */
export function useUnsavedInput(formId: string, dirty: boolean): void {
  const setDirty = useUnsavedInputStore((state) => state.setDirty);
  useEffect(() => {
    setDirty(formId, dirty);
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      setDirty(formId, false);
    };
  }, [formId, dirty, setDirty]);
}
