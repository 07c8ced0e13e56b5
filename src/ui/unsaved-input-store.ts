import { create } from 'zustand';

/**
 * Which forms hold input the person has not saved yet. The update prompt reads
 * it so that a new app version never reloads the page over a half-typed entry.
 */
interface UnsavedInputState {
  dirtyForms: ReadonlySet<string>;
  setDirty: (formId: string, dirty: boolean) => void;
}

export const useUnsavedInputStore = create<UnsavedInputState>((set) => ({
  dirtyForms: new Set(),
  setDirty: (formId, dirty) =>
    set((state) => {
      if (state.dirtyForms.has(formId) === dirty) return state;
      const next = new Set(state.dirtyForms);
      if (dirty) next.add(formId);
      else next.delete(formId);
      return { dirtyForms: next };
    }),
}));

export function hasUnsavedInput(): boolean {
  return useUnsavedInputStore.getState().dirtyForms.size > 0;
}
