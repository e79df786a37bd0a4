import { Suspense, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { preloadable } from '@/lib/preloadable';
import { prefetchOpenHistory, useOpenHistory, type HistoryDialogProps } from './open-history';

const loadedHistoryDialog = preloadable(() =>
  import('./history-dialog').then((m) => m.HistoryDialog),
);

/** Pointing at or tabbing to a History button fetches the dialog's code before the click. */
export const preloadHistoryDialog = loadedHistoryDialog.preload;

/**
 * The History's code loads the first time one is opened, not with the page (P1). Once opened it
 * stays mounted, so closing plays the dialog's exit and gives focus back to the opener. It opens
 * a frame after it mounts: a dialog it sits in, opened in the same render, registers after it
 * otherwise and would cover it when a link opens both at once.
 */
export function HistoryDialog(props: HistoryDialogProps) {
  const queryClient = useQueryClient();
  const named = useOpenHistory(props);
  // Asked for in the render that opens the dialog, so the cloud answers while the dialog mounts
  // (what usePrefetchQuery does, for a query that may be none).
  prefetchOpenHistory(queryClient, named);
  const [opened, setOpened] = useState(false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMounted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // Every row of the page has a History button: its code comes while the page is idle, so the
  // first one opens as fast as the next (AU-1: 1,000 events within 300 ms).
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1_000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void preloadHistoryDialog());
    return () => cancel(handle);
  }, []);
  const open = mounted && named !== null;
  if (open && !opened) setOpened(true);
  if (!open && !opened) return null;
  return (
    <Suspense fallback={null}>
      <loadedHistoryDialog.Component {...props} />
    </Suspense>
  );
}
