import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  /** The buttons, the safe choice included; Escape also cancels. */
  actions: ReactNode;
  onCancel: () => void;
}

/**
 * An inline confirmation for an action that cannot be undone. Focus moves to
 * its heading when it opens, so a screen reader reads what is at stake first;
 * whoever opened it puts focus back when it closes.
 */
export function ConfirmPanel({ title, children, actions, onCancel }: ConfirmPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section
      className="data-confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="button-row">{actions}</div>
    </section>
  );
}
