import { hasInputLostByLeaving, useUnsavedInputStore } from '../ui/unsaved-input-store';

// Leaving a screen that holds unsaved input asks first: a tab in the bottom
// navigation, any other link in the app, and the phone's Back button.
// BrowserRouter cannot block a navigation, so the guard steps in before it:
// links are caught in the capture phase, before React Router sees the click,
// and Back is caught by a popstate listener added before the router's own.
// This part is tiny and starts with the app; the dialog (leave-dialog.tsx)
// loads after the first paint.

type Ask = (leave: () => void) => void;
let askAboutBack: Ask | null = null;

let shownPath: string | null = null;
let restoringAddress = false;

/**
 * The dialog, once loaded, asks about Back (null: nothing to ask with yet),
 * and says which screen is showing: Back within one screen (a step of the
 * red-flag check or the welcome, in the address as ?step=) is not leaving it.
 */
export function setBackQuestion(ask: Ask | null, pathname: string | null): void {
  askAboutBack = ask;
  shownPath = pathname;
}

/** Call once, before the app renders, so this listener runs before the router's. */
export function guardBackButton(target: Window = window): void {
  target.addEventListener('popstate', (event) => {
    if (restoringAddress) {
      restoringAddress = false;
      event.stopImmediatePropagation();
      return;
    }
    if (!askAboutBack || !hasInputLostByLeaving() || target.location.pathname === shownPath) return;
    // The address has already gone back: put it forward again, unseen by the
    // router, so the screen and its input stay as they were while we ask.
    event.stopImmediatePropagation();
    restoringAddress = true;
    target.history.go(1);
    askAboutBack(() => {
      forgetUnsavedInput();
      target.history.back();
    });
  });
}

export function forgetUnsavedInput(): void {
  const { dirtyForms, setDirty } = useUnsavedInputStore.getState();
  dirtyForms.forEach((form) => setDirty(form, false));
}
