import { Suspense, useEffect, useState, type ComponentProps } from 'react';
import { preloadable } from '@/lib/preloadable';
import { useHistoryUrl } from './history-url';

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
export function HistoryDialog(props: ComponentProps<typeof loadedHistoryDialog.Component>) {
  const { licenseId, accountId, serial } = useHistoryUrl();
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
  const open = mounted && (licenseId !== null || accountId !== null || serial !== null);
  if (open && !opened) setOpened(true);
  if (!open && !opened) return null;
  return (
    <Suspense fallback={null}>
      <loadedHistoryDialog.Component {...props} />
    </Suspense>
  );
}
