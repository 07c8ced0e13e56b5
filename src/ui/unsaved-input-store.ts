import { create } from 'zustand';

/**
 * Which forms hold input the person has not saved yet. The update prompt reads
 * it so that a new app version never reloads the page over a half-typed entry,
 * and leaving such a screen asks first (src/app/leave-guard.ts). Some input is
 * kept when the person leaves the screen (an unfinished red-flag check resumes
 * where it stopped): it still blocks a reload, but leaving need not ask.
 */
interface UnsavedInputState {
  dirtyForms: ReadonlySet<string>;
  /** Forms whose input survives leaving the screen (but not a reload). */
  keptWhenLeaving: ReadonlySet<string>;
  setDirty: (formId: string, dirty: boolean, keptWhenLeaving?: boolean) => void;
}

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  if (set.has(id) === on) return set;
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

export const useUnsavedInputStore = create<UnsavedInputState>((set) => ({
  dirtyForms: new Set(),
  keptWhenLeaving: new Set(),
  setDirty: (formId, dirty, keptWhenLeaving = false) =>
    set((state) => {
      const dirtyForms = toggled(state.dirtyForms, formId, dirty);
      const kept = toggled(state.keptWhenLeaving, formId, dirty && keptWhenLeaving);
      return dirtyForms === state.dirtyForms && kept === state.keptWhenLeaving ? state : { dirtyForms, keptWhenLeaving: kept };
    }),
}));

export function hasUnsavedInput(): boolean {
  return useUnsavedInputStore.getState().dirtyForms.size > 0;
}

/** Input that leaving the screen would lose. */
export function hasInputLostByLeaving(): boolean {
  const { dirtyForms, keptWhenLeaving } = useUnsavedInputStore.getState();
  return [...dirtyForms].some((form) => !keptWhenLeaving.has(form));
}
