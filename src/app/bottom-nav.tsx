import { NavLink } from 'react-router';
import { NAV_DESTINATIONS } from './route-list';
import { LearnIcon, PlanIcon, ProgressIcon, SymptomsIcon, TodayIcon } from './nav-icons';

const ICONS = {
  '/': TodayIcon,
  '/progress': ProgressIcon,
  '/plan': PlanIcon,
  '/symptoms': SymptomsIcon,
  '/learn': LearnIcon,
} as const;

export function BottomNav() {
  return (
    <nav className="bottom-nav" aria-label="Main">
      <ul>
        {NAV_DESTINATIONS.map(({ path, label }) => {
          const Icon = ICONS[path];
          return (
            <li key={path}>
              <NavLink to={path} end={path === '/'}>
                <Icon />
                <span>{label}</span>
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
