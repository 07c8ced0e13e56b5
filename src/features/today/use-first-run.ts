import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { WELCOME_PATH } from '../../ui/paths';

/** On a phone that has never opened Regain, Today hands over to the welcome steps. */
export function useFirstRun(): void {
  const navigate = useNavigate();
  useEffect(() => {
    let current = true;
    // Fetched after the first paint: a returning user never needs it at start-up.
    import('../../db/first-run')
      .then(({ needsFirstRun }) => needsFirstRun())
      .then((needed) => {
        if (current && needed) void navigate(WELCOME_PATH, { replace: true });
      })
      // Unreadable storage: Today works as it is; the welcome can wait.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [navigate]);
}
