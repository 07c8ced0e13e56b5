import { useRef } from 'react';
import { IosInstallSteps } from '../ui/ios-install-steps';

/**
 * iPhone and iPad have no install prompt: "Install" opens the Add to Home
 * Screen steps in a sheet of their own, readable at any text size. Loaded
 * only on those devices.
 */
export default function IosInstall() {
  const sheetRef = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="header-button" aria-haspopup="dialog" onClick={() => sheetRef.current?.showModal()}>
        Install
      </button>
      <dialog ref={sheetRef} className="sheet" aria-labelledby="install-sheet-title">
        <h2 id="install-sheet-title">Add Regain to your home screen</h2>
        <IosInstallSteps />
        <form method="dialog">
          <button type="submit" className="button-wide">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
