/**
 * How to add Regain to the home screen on iPhone and iPad, which have no
 * install prompt: two numbered steps in large, dark-on-light text, with the
 * Share icon drawn as Safari draws it, so it can be found at a glance.
 */
export function IosInstallSteps() {
  return (
    <ol className="install-steps">
      <li>
        <span>
          Tap <strong>Share</strong> <ShareIcon /> at the bottom of the screen (at the top on iPad).
        </span>
      </li>
      <li>
        <span>
          Scroll down and tap <strong>Add to Home Screen</strong> <AddIcon />, then tap <strong>Add</strong>.
        </span>
      </li>
    </ol>
  );
}

const ICON = {
  className: 'install-icon',
  viewBox: '0 0 24 24',
  width: 28,
  height: 28,
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
  focusable: false,
} as const;

/** Safari's Share icon: a square open at the top, with an arrow pointing up out of it. */
function ShareIcon() {
  return (
    <svg {...ICON}>
      <path d="M8 9H6v12h12V9h-2" />
      <path d="M12 15V2M8 6l4-4 4 4" />
    </svg>
  );
}

/** The "Add to Home Screen" icon: a plus in a rounded square. */
function AddIcon() {
  return (
    <svg {...ICON}>
      <rect x="3" y="3" width="18" height="18" rx="4" />
      <path d="M12 8v8M8 12h8" />
    </svg>
  );
}
