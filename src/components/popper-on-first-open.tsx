import { lazy, Suspense, useEffect, type Ref } from 'react';
import type Popper from '@mui/material/Popper';
import type { PopperProps } from '@mui/material/Popper';
import { loadOnce } from '@/lib/load-once';

let loaded: typeof Popper | null = null;

/** MUI's Popper and Popper.js (some 20 KiB gzip), fetched once: when the page is idle, or earlier when a tooltip opens. */
export const loadPopper = loadOnce(() =>
  import('@mui/material/Popper').then((module) => {
    loaded = module.default;
    return module;
  }),
);

const LazyPopper = lazy(loadPopper);

let idlePreloadScheduled = false;
function preloadWhenIdle() {
  if (idlePreloadScheduled) return;
  idlePreloadScheduled = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1_000));
  idle(() => void loadPopper());
}

/**
 * What MUI's Tooltip renders as its popper in builds (scripts/popper-on-first-open.ts): nothing
 * while it is closed and Popper's code has not come, then MUI's own Popper with the same props.
 * A closed tooltip needs no positioning code, so the first load does without it (quality P1).
 */
export default function PopperOnFirstOpen(props: PopperProps & { ref?: Ref<HTMLDivElement> }) {
  useEffect(preloadWhenIdle, []);
  if (loaded) {
    const Loaded = loaded;
    return <Loaded {...props} />;
  }
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <LazyPopper {...props} />
    </Suspense>
  );
}
