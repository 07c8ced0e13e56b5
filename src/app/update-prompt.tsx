import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { hasUnsavedInput, useUnsavedInputStore } from '../ui/unsaved-input-store';

// If the new version has not taken over this long after Reload, reload anyway.
const RELOAD_FALLBACK_MS = 4000;

// "Ready to work offline" comes once, when the service worker first installs.
// Kept outside the component, so a remount of the layout (React re-rendering a
// screen from scratch after a failed hydration, on a slow phone) cannot lose it.
let offlineReadyPending = false;
let offlineReadyDone = false;
/** The screen the person was on when the app became ready offline, and the one the message then showed on. */
let offlineReadyOn: string | null = null;
let offlineShownOn: string | null = null;

function finishOfflineReady() {
  offlineReadyPending = false;
  offlineReadyDone = true;
  offlineReadyOn = null;
  offlineShownOn = null;
}

/**
 * On a first visit no service worker controls the page (none claims it), so
 * the worker becoming active means the whole app is stored: ready offline.
 * workbox-window's own event can be missed: this code is loaded after the
 * first paint, and on a busy machine the install had finished by then (the
 * worker active, and no message).
 */
function useActiveOnFirstVisit(): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const worker = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
    if (!worker || worker.controller || offlineReadyDone) return undefined;
    let live = true;
    void worker.ready.then(() => {
      if (!live || offlineReadyDone) return;
      offlineReadyPending = true;
      setActive(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return active;
}

/**
 * Tells the person when the app is ready offline and when a new version is
 * waiting. The messages sit in the page's flow under the header, never over
 * a control, and each can be put away. Nothing reloads by itself: the new
 * version takes over when the person taps Reload, and if they have typed
 * something not yet saved, Reload first says so and asks again.
 */
export function UpdatePrompt() {
  const [reloadBlocked, setReloadBlocked] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const unsaved = useUnsavedInputStore((state) => state.dirtyForms.size > 0);
  const { pathname } = useLocation();
  const {
    offlineReady: [offlineReadyEvent, setOfflineReadyEvent],
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Another tab may activate the new version; reload this one only if nothing would be lost.
    onNeedReload: () => {
      if (hasUnsavedInput()) setReloadBlocked(true);
      else window.location.reload();
    },
  });

  // "Ready to work offline" is good news, not a task. It waits for the next
  // change of screen and shows at the top of the new one: appearing under the
  // header while the person reads would push the whole screen down (a layout
  // shift on every first visit, and a tap meant for a button could land on the
  // one that moved into its place). It goes at the change of screen after that.
  const [offlineDismissed, setOfflineDismissed] = useState(false);
  const activeOnFirstVisit = useActiveOnFirstVisit();
  const offlineReady = (offlineReadyEvent || offlineReadyPending || activeOnFirstVisit) && !offlineDismissed && !offlineReadyDone;
  const dismissOfflineReady = () => {
    finishOfflineReady();
    setOfflineDismissed(true);
    setOfflineReadyEvent(false);
  };
  useEffect(() => {
    if (offlineReadyEvent) offlineReadyPending = true;
  }, [offlineReadyEvent]);
  if (offlineReady) offlineReadyOn ??= pathname;
  const offlineShown = offlineReady && offlineReadyOn !== pathname && (offlineShownOn === null || offlineShownOn === pathname);
  useEffect(() => {
    if (!offlineReady || offlineReadyOn === pathname) return;
    offlineShownOn ??= pathname;
    // Shown on an earlier screen: done (this render already left it out).
    if (offlineShownOn !== pathname) finishOfflineReady();
  }, [offlineReady, pathname]);

  const reload = () => {
    if (reloadBlocked) return window.location.reload();
    void updateServiceWorker(true);
    // The page reloads when the new version takes control; should that not
    // come (an old tab holding on), the tap must still do what it says.
    setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
  };

  if ((needRefresh || reloadBlocked) && !dismissed) {
    return (
      <div className="banner" role="status">
        <p>
          <strong>Update available.</strong>{' '}
          {confirming
            ? 'What you have typed on this screen is not saved yet and will be lost.'
            : unsaved
              ? 'Save what you are typing first, then reload.'
              : 'Reload to use the new version.'}
        </p>
        <div className="button-row">
          <button type="button" onClick={() => (unsaved && !confirming ? setConfirming(true) : reload())}>
            {confirming ? 'Reload and lose it' : 'Reload'}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setConfirming(false);
              setDismissed(true);
            }}
          >
            Not now
          </button>
        </div>
      </div>
    );
  }
  if (offlineShown) {
    return (
      <div className="banner banner-offline-ready" role="status">
        <p>Ready to work offline.</p>
        <button type="button" className="button-secondary" onClick={dismissOfflineReady}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
