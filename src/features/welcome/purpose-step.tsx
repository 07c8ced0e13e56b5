import { SitToStandPicture } from '../../ui/sit-to-stand-picture';

/** What Regain is for, and the one exercise at the heart of it. */
export function PurposeStep({ onNext }: { onNext: () => void }) {
  return (
    <>
      <p className="welcome-lead">
        Regain helps you rebuild strength in your legs and body, a little every day, and keeps a record of how you are
        doing.
      </p>
      <figure className="welcome-figure">
        <SitToStandPicture />
        <figcaption>
          A <strong>sit-to-stand</strong>: stand up from a chair, then sit down again slowly. Count how many you do, and
          log them on the Today screen.
        </figcaption>
      </figure>
      <p>Everything you enter stays on this phone. Regain does not diagnose anything: it helps you and your doctor see how you are doing.</p>
      <button type="button" className="button-wide" onClick={onNext}>
        Next
      </button>
    </>
  );
}
