import { lazy, Suspense, useState } from 'react';
import { NavLink } from 'react-router';
import { NAV_DESTINATIONS } from './route-list';
import { MenuIcon, NAV_ICONS, TodayIcon } from './nav-icons';
import { TODAY_PATH } from '../ui/paths';

const NavMenu = lazy(() => import('./nav-menu'));

/**
 * Five destinations with icons above short labels. Where they cannot fit
 * without breaking a word (large text, a narrow phone), CSS shows the compact
 * bar instead: Today and a Menu that lists every destination, Settings too,
 * in text as large as the person set it (see styles.css, "container").
 */
export function BottomNav() {
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <nav className="bottom-nav" aria-label="Main">
      <ul className="nav-full">
        {NAV_DESTINATIONS.map(({ path, label }) => {
          const Icon = NAV_ICONS[path];
          return (
            <li key={path}>
              <NavLink to={path} end={path === TODAY_PATH}>
                <Icon />
                <span data-label={label}>{label}</span>
              </NavLink>
            </li>
          );
        })}
      </ul>
      <div className="nav-compact">
        <NavLink to={TODAY_PATH} end>
          <TodayIcon />
          <span>Today</span>
        </NavLink>
        <button type="button" aria-haspopup="dialog" onClick={() => setMenuOpen(true)}>
          <MenuIcon />
          <span>Menu</span>
        </button>
      </div>
      {menuOpen ? (
        <Suspense fallback={null}>
          <NavMenu onClose={() => setMenuOpen(false)} />
        </Suspense>
      ) : null}
    </nav>
  );
}
