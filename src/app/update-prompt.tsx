import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { hasUnsavedInput, useUnsavedInputStore } from '../ui/unsaved-input-store';

/**
 * Tells the person when the app is ready offline and when a new version is
 * waiting. It never reloads by itself: the new version takes over only when
 * the person taps Reload, and we check first that no form holds unsaved input.
 */
const OFFLINE_READY_SHOWN_MS = 6000;

export function UpdatePrompt() {
  const [reloadBlocked, setReloadBlocked] = useState(false);
  const unsaved = useUnsavedInputStore((state) => state.dirtyForms.size > 0);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    // Another tab may activate the new version; reload this one only if nothing would be lost.
    onNeedReload: () => {
      if (hasUnsavedInput()) setReloadBlocked(true);
      else window.location.reload();
    },
  });

  // "Ready to work offline" is good news, not a task: it floats over the
  // bottom of the screen, so it goes away by itself after a few seconds.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);

  if (needRefresh || reloadBlocked) {
    return (
      <div className="banner" role="status">
        <p>
          <strong>Update available.</strong>{' '}
          {unsaved ? 'Save or clear what you are typing first, then reload.' : 'Reload to use the new version.'}
        </p>
        <button
          type="button"
          onClick={() => {
            if (hasUnsavedInput() && !window.confirm('You have unsaved input. Reload anyway and lose it?')) return;
            if (reloadBlocked) window.location.reload();
            else void updateServiceWorker(true);
          }}
        >
          Reload
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="banner banner-offline-ready" role="status">
        <p>Ready to work offline.</p>
        <button type="button" onClick={() => setOfflineReady(false)}>
          OK
        </button>
      </div>
    );
  }
  return null;
}
