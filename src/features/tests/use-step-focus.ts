import { useEffect, useRef } from 'react';

/**
 * When the test moves to its next step, the button just tapped has gone. Move
 * focus to the screen's heading (a screen reader says where it is, and the live
 * region then says what happens) and show the top of the page, where the new
 * step begins, rather than leaving the person halfway down an old one.
 */
export function useStepFocus(step: string) {
  const containerRef = useRef<HTMLDivElement>(null);
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    const heading = containerRef.current?.closest('section')?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: true });
    document.scrollingElement?.scrollTo?.({ top: 0 });
  }, [step]);
  return containerRef;
}
