import { useHydrated } from '../../ui/use-hydrated';
import { isInstalledApp, isIosSafari, showInstallPrompt, useInstallPromptStore } from '../../ui/install-prompt-store';
import { IosInstallSteps } from '../../ui/ios-install-steps';

/** Installing puts Regain on the home screen, opens it like an app, and helps the browser keep its data. */
export function InstallStep({ onDone }: { onDone: () => void }) {
  const canPrompt = useInstallPromptStore((state) => state.deferredPrompt !== null);
  const installed = useInstallPromptStore((state) => state.installed);
  const hydrated = useHydrated();
  const alreadyApp = hydrated && isInstalledApp();
  const ios = hydrated && isIosSafari();

  return (
    <>
      {installed || alreadyApp ? (
        <p className="welcome-lead">Regain is on your home screen. Open it from there, like any other app.</p>
      ) : (
        <>
          <p className="welcome-lead">
            Put Regain on your home screen: it opens like an app, works without the internet, and your phone is less
            likely to clear what you have logged.
          </p>
          {canPrompt ? (
            <button type="button" className="button-wide" onClick={() => void showInstallPrompt()}>
              Add Regain to the home screen
            </button>
          ) : ios ? (
            <IosInstallSteps />
          ) : (
            <p>
              In your browser’s menu (often <strong>⋮</strong> at the top right), choose <strong>Install app</strong>{' '}
              or <strong>Add to Home screen</strong>.
            </p>
          )}
        </>
      )}
      <p>You can change everything you chose here in Settings.</p>
      <button type="button" className={canPrompt ? 'button-wide button-secondary' : 'button-wide'} onClick={onDone}>
        Start using Regain
      </button>
    </>
  );
}
