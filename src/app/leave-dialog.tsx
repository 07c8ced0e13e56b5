import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { hasInputLostByLeaving } from '../ui/unsaved-input-store';
import { forgetUnsavedInput, setBackQuestion } from './leave-guard';

/** An in-app link the guard should ask about: same site, same tab, a plain click. */
function guardedLink(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin) return null;
  const to = `${url.pathname}${url.search}${url.hash}`;
  return to === `${window.location.pathname}${window.location.search}${window.location.hash}` ? null : to;
}

/** "Leave without saving?", for links and the Back button (see leave-guard.ts). */
export default function LeaveDialog() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [leave, setLeave] = useState<(() => void) | null>(null);

  useEffect(() => {
    const ask = (go: () => void) => {
      setLeave(() => go);
      dialogRef.current?.showModal();
    };
    const onClick = (event: MouseEvent) => {
      const to = guardedLink(event);
      if (to === null || !hasInputLostByLeaving()) return;
      event.preventDefault();
      event.stopPropagation();
      ask(() => {
        forgetUnsavedInput();
        void navigate(to);
      });
    };
    document.addEventListener('click', onClick, true);
    setBackQuestion(ask, pathname);
    return () => {
      document.removeEventListener('click', onClick, true);
      setBackQuestion(null, null);
    };
  }, [navigate, pathname]);

  return (
    <dialog ref={dialogRef} className="sheet" aria-labelledby="leave-title" aria-describedby="leave-text" onClose={() => setLeave(null)}>
      <h2 id="leave-title">Leave without saving?</h2>
      <p id="leave-text">What you have entered on this screen is not saved yet. If you leave now, it will be lost.</p>
      <div className="button-row">
        {/* Staying is the safe choice, so it is first and has focus. */}
        <button type="button" className="button-wide" autoFocus onClick={() => dialogRef.current?.close()}>
          Stay on this screen
        </button>
        <button
          type="button"
          className="button-wide button-secondary"
          onClick={() => {
            dialogRef.current?.close();
            leave?.();
          }}
        >
          Leave without saving
        </button>
      </div>
    </dialog>
  );
}
