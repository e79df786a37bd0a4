import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { useHistoryUrl } from './history-url';

const LoadedHistoryDialog = lazy(() =>
  import('./history-dialog').then((m) => ({ default: m.HistoryDialog })),
);

/**
 * The History's code loads the first time one is opened, not with the page (P1). Once opened it
 * stays mounted, so closing plays the dialog's exit and gives focus back to the opener. It opens
 * a frame after it mounts: a dialog it sits in, opened in the same render, registers after it
 * otherwise and would cover it when a link opens both at once.
 */
export function HistoryDialog(props: ComponentProps<typeof LoadedHistoryDialog>) {
  const { licenseId, accountId } = useHistoryUrl();
  const [opened, setOpened] = useState(false);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setMounted(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const open = mounted && (licenseId !== null || accountId !== null);
  if (open && !opened) setOpened(true);
  if (!open && !opened) return null;
  return (
    <Suspense fallback={null}>
      <LoadedHistoryDialog {...props} />
    </Suspense>
  );
}
