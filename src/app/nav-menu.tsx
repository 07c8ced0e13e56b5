import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { InstallButton } from './install-button';
import { NAV_ICONS, SettingsIcon } from './nav-icons';
import { NAV_DESTINATIONS, SETTINGS_PATH } from './route-list';
import { TODAY_PATH } from '../ui/paths';

/** Every destination as a big row, for when the navigation bar has room only for Today and Menu. */
export default function NavMenu({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} className="sheet nav-menu" aria-label="Menu" onClose={onClose}>
      <ul>
        {[...NAV_DESTINATIONS, { path: SETTINGS_PATH, label: 'Settings' } as const].map(({ path, label }) => {
          const Icon = path === SETTINGS_PATH ? SettingsIcon : NAV_ICONS[path];
          return (
            <li key={path}>
              <NavLink to={path} end={path === TODAY_PATH} onClick={() => dialogRef.current?.close()}>
                <Icon />
                <span>{label}</span>
              </NavLink>
            </li>
          );
        })}
      </ul>
      <div className="nav-menu-install">
        <InstallButton />
      </div>
      <form method="dialog">
        <button type="submit" className="button-wide button-secondary">
          Close
        </button>
      </form>
    </dialog>
  );
}
