import { lazy, useState, type ComponentType } from 'react';
import { loadAreaWords } from '@/lib/i18n';
import { loadOnce } from './load-once';

/**
 * `React.lazy` that can be fetched ahead of time and, once fetched, renders without suspending:
 * React 19 holds a revealed Suspense boundary back by up to 300 ms, which a click that finds the
 * code already loaded should not pay. The on-demand areas' words come with it (loadAreaWords): code
 * that loads later may use any catalog's ids, the first load only its own (scripts/catalogs.ts).
 */
export function preloadable<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): { Component: ComponentType<Props>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<Props> | null = null;
  const preload = loadOnce(() =>
    Promise.all([load(), loadAreaWords()]).then(([component]) => {
      loaded = component;
      return component;
    }),
  );
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: Props) {
    const Ready = loaded ?? Lazy;
    return <Ready {...props} />;
  }
  return { Component, preload };
}

/**
 * A menu, drawer or dialog whose code arrives on demand: pointing at or tabbing to its trigger
 * fetches it, and `open` shows it once the code is here (a failed fetch is tried again on the next
 * call), so it never opens half drawn. `mounted` stays true from the first opening on, so a closing
 * popup plays its exit.
 */
export function useOpenOnceLoaded(preload: () => Promise<unknown>) {
  const [mounted, setMounted] = useState(false);
  return {
    mounted,
    triggerProps: {
      onPointerEnter: () => void preload(),
      onFocus: () => void preload(),
    },
    open: (show: () => void) =>
      void preload().then(
        () => {
          setMounted(true);
          show();
        },
        () => undefined,
      ),
  };
}
