import { useEffect, useRef } from 'react';

interface UndoNoticeProps {
  /** What just happened, e.g. "Deleted Weight: 150 lb." Null shows nothing. */
  message: string | null;
  onUndo?: () => void;
  onDismiss?: () => void;
  /** Move focus to Undo when it appears: after a delete the focused row is gone. */
  focusUndo?: boolean;
}

/**
 * Says what was just saved or deleted, with an Undo. It stays until the person
 * moves on, never timing out: reading it and reaching Undo can take a while.
 */
export function UndoNotice({ message, onUndo, onDismiss, focusUndo }: UndoNoticeProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message && focusUndo) undoRef.current?.focus();
  }, [message, focusUndo]);

  return (
    <div className={message ? 'undo-notice' : 'undo-notice undo-notice-empty'}>
      {/* Always in the page, so the message is announced when it arrives. */}
      <p role="status">{message}</p>
      {message && (onUndo || onDismiss) ? (
        <div className="button-row">
          {onUndo ? (
            <button type="button" ref={undoRef} onClick={onUndo}>
              Undo
            </button>
          ) : null}
          {onDismiss ? (
            <button type="button" className="button-secondary" onClick={onDismiss}>
              OK
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
