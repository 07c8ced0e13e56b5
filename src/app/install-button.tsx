import { useState } from 'react';
import { isIosSafari, showInstallPrompt, useInstallPromptStore } from './install-prompt-store';
import { useHydrated } from '../ui/use-hydrated';

/**
 * "Install" in the header: Chromium's own prompt where the browser offers one,
 * and short Add to Home Screen steps on iPhone and iPad, which have no prompt.
 */
export function InstallButton() {
  const canPrompt = useInstallPromptStore((state) => state.deferredPrompt !== null);
  const [showIosSteps, setShowIosSteps] = useState(false);
  const ios = useHydrated() && isIosSafari();

  if (canPrompt) {
    return (
      <button type="button" className="header-button" onClick={() => void showInstallPrompt()}>
        Install
      </button>
    );
  }
  if (!ios) return null;
  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-expanded={showIosSteps}
        aria-controls="ios-install-steps"
        onClick={() => setShowIosSteps((open) => !open)}
      >
        Install
      </button>
      {showIosSteps ? (
        <div id="ios-install-steps" className="banner" role="region" aria-label="How to install">
          <p>
            To add Regain to your home screen: tap <strong>Share</strong> (the square with an arrow
            up), then <strong>Add to Home Screen</strong>.
          </p>
        </div>
      ) : null}
    </>
  );
}
