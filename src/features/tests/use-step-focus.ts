import { useEffect, useRef } from 'react';

/**
 * When the test moves to its next step, the button just tapped has gone. Move
 * focus to the screen's heading (a screen reader says where it is, and the live
 * region then says what happens) and show where the new step begins, rather
 * than leaving the person halfway down an old one. Past the first step that is
 * the step itself, not the page's title: at 200 % text on a phone the title and
 * the message took the whole screen, and "Check your count" began below it:
 * the step's own heading (or, while timing, its message) goes to the top.
 */
export function useStepFocus(step: string) {
  const containerRef = useRef<HTMLDivElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    const heading = containerRef.current?.closest('section')?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
    if (step === 'ready') document.scrollingElement?.scrollTo?.({ top: 0 });
    else (containerRef.current?.querySelector('h2') ?? containerRef.current)?.scrollIntoView?.({ block: 'start' });
  }, [step]);
  return containerRef;
}
