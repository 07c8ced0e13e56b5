/** Said for the picture, and read by screen readers in its place. */
export const CHEST_PHONE_ALT =
  'A person sitting near the front of a chair, arms crossed over the chest, holding a phone flat against the breastbone under the crossed arms.';

/**
 * The seated figure of the sit-to-stand picture (drawn with the helpers and
 * proportions of scripts/make-pictures.mjs, so it matches the exercise
 * pictures), with the phone held flat on the breastbone under the crossed
 * forearm. Drawn in the text colour, so it keeps its contrast in any theme.
 */
export function ChestPhonePicture({ className }: { className?: string }) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 54 66 102" role="img" aria-label={CHEST_PHONE_ALT} className={className}>
      <g fill="none" stroke="currentColor" strokeLinecap="round" strokeLinejoin="round">
        <g strokeWidth="3" strokeOpacity=".6">
          <path d="M4 79L4 152M4 119L34 119 34 152M0 153L66 153" />
        </g>
        <g strokeWidth="4">
          <circle cx="27" cy="64" r="7" fill="currentColor" />
          <path d="M20 114L25 76M20 114L52 117 48 149 59 149" />
          {/* Outlined in the page colour so it stands out from the body; the crossed arm is drawn over it, holding it. */}
          <rect className="gt-phone" x="26.5" y="79" width="5" height="16" rx="1.2" transform="rotate(8 29 87)" fill="currentColor" strokeWidth="1.5" />
          <path d="M25 76L36 96 31 83" />
        </g>
      </g>
    </svg>
  );
}
