import { useEffect, useState, type Ref } from 'react';
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

let idlePreloadScheduled = false;
function preloadWhenIdle() {
  if (idlePreloadScheduled) return;
  idlePreloadScheduled = true;
  const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1_000));
  idle(() => void loadPopper().catch(() => undefined));
}

/**
 * What MUI's Tooltip renders as its popper in builds (scripts/popper-on-first-open.ts): nothing
 * while Popper's code has not come, then MUI's own Popper with the same props. A closed tooltip
 * needs no positioning code, so the first load does without it (quality P1). A fetch that fails
 * (offline) leaves that tooltip unshown and is tried again at its next opening; it never
 * breaks the page.
 */
export default function PopperOnFirstOpen(props: PopperProps & { ref?: Ref<HTMLDivElement> }) {
  const [, setArrived] = useState(false);
  useEffect(preloadWhenIdle, []);
  useEffect(() => {
    if (!props.open || loaded) return;
    let current = true;
    loadPopper().then(
      () => current && setArrived(true),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [props.open]);
  if (!loaded) return null;
  const Loaded = loaded;
  return <Loaded {...props} />;
}
