import { lazy, Suspense } from 'react';
import { isIosSafari, showInstallPrompt, useInstallPromptStore } from '../ui/install-prompt-store';
import { useHydrated } from '../ui/use-hydrated';

const IosInstall = lazy(() => import('./ios-install'));

/**
 * "Install" in the header: Chromium's own prompt where the browser offers one,
 * and on iPhone and iPad the Add to Home Screen steps in a sheet.
 */
export function InstallButton() {
  const canPrompt = useInstallPromptStore((state) => state.deferredPrompt !== null);
  const ios = useHydrated() && isIosSafari();

  if (canPrompt) {
    return (
      <button type="button" className="header-button" onClick={() => void showInstallPrompt()}>
        Install
      </button>
    );
  }
  return ios ? (
    <Suspense fallback={null}>
      <IosInstall />
    </Suspense>
  ) : null;
}
