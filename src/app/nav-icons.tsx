import { LEARN_PATH, PLAN_PATH, PROGRESS_PATH, SYMPTOMS_PATH, TODAY_PATH } from '../ui/paths';

// Small inline icons for the navigation; decorative, so hidden from screen readers.
const common = {
  width: 28,
  height: 28,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export const TodayIcon = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="17" rx="2" />
    <path d="M3 9h18M8 2v4M16 2v4" />
  </svg>
);
export const ProgressIcon = () => (
  <svg {...common}>
    <path d="M3 20h18M5 16l4-5 4 3 6-8" />
  </svg>
);
export const PlanIcon = () => (
  <svg {...common}>
    <path d="M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12l1 1 2-2M4 18l1 1 2-2" />
  </svg>
);
export const SymptomsIcon = () => (
  <svg {...common}>
    <path d="M12 3l9 16H3z M12 10v4M12 17v.5" />
  </svg>
);
export const LearnIcon = () => (
  <svg {...common}>
    <path d="M4 5a2 2 0 012-2h13v16H6a2 2 0 00-2 2zM4 21V5" />
  </svg>
);
export const SettingsIcon = () => (
  <svg {...common}>
    <circle cx="12" cy="12" r="3" />
    <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1" />
  </svg>
);
export const MenuIcon = () => (
  <svg {...common}>
    <path d="M4 6h16M4 12h16M4 18h16" />
  </svg>
);

/** The icon of each destination in the navigation. */
export const NAV_ICONS = {
  [TODAY_PATH]: TodayIcon,
  [PROGRESS_PATH]: ProgressIcon,
  [PLAN_PATH]: PlanIcon,
  [SYMPTOMS_PATH]: SymptomsIcon,
  [LEARN_PATH]: LearnIcon,
} as const;
