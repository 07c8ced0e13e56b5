import { useEffect, useRef, type ReactNode } from 'react';
import { wholeWords } from './whole-words';

interface ScreenProps {
  title: string;
  /** One plain sentence under the heading. */
  intro?: ReactNode;
  children?: ReactNode;
}

// The first screen after launch keeps the browser's natural focus; only later
// navigations move focus, which is when a screen reader needs telling.
let firstScreenShown = false;

/**
 * The frame of every screen: one h1, focused on arrival so a screen-reader user
 * hears where they are after each navigation.
 */
export function Screen({ title, intro, children }: ScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Regain`;
    if (firstScreenShown) headingRef.current?.focus({ preventScroll: true });
    firstScreenShown = true;
  }, [title]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" ref={headingRef} tabIndex={-1}>
        {wholeWords(title)}
      </h1>
      {intro ? <p className="screen-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
