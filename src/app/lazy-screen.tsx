import { lazy, type ComponentType } from 'react';

export interface LazyScreen {
  (): React.JSX.Element;
  /** Fetches the screen's code now, so that its first render does not suspend. */
  preload: () => Promise<void>;
}

/**
 * A screen in a chunk of its own, like React.lazy, that can also be loaded
 * ahead of its first render. The app loads the opening screen's code before
 * it hydrates the prerendered page: a lazy screen still loading when the
 * page first re-renders makes React throw the prerendered screen away and
 * show "Loading…" (and a tap on it in that moment is lost). Later
 * navigations use the lazy path inside the layout's Suspense boundary.
 */
export function lazyScreen(load: () => Promise<{ default: ComponentType }>): LazyScreen {
  let loaded: ComponentType | null = null;
  const remember = async () => {
    const module = await load();
    loaded = module.default;
    return module;
  };
  const Lazy = lazy(remember);
  const Screen = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  };
  Screen.preload = async () => {
    await remember();
  };
  return Screen;
}
