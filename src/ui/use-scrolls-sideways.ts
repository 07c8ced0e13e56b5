import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * True while the box's content is wider than the box, so the screen can say
 * that it scrolls sideways (a swipe nobody would guess otherwise). Measured
 * before the first paint and again when the box or its content changes size:
 * a phone turned sideways, or the text made larger.
 */
export function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}
