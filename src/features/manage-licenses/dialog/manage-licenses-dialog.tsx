import { Suspense, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { preloadable } from '@/lib/preloadable';
import { useManageLicensesUrl } from './manage-licenses-url';

// The dialog opens on a click, a link or once the dashboard's data says licensing needs attention
// (SS-2), never for the first paint: its code is not part of the first load (P1).
// It counts as loaded once its main view's code is here too, so the first open waits for neither.
const frame = preloadable(() =>
  import('./manage-licenses-frame').then((m) =>
    m.preloadLicensesView().then(() => m.ManageLicensesFrame),
  ),
);

/** Fetches the dialog's and its main view's code; resolves once both are here. */
export const preloadManageLicenses = frame.preload;

/**
 * The SmartServer CMS Manage Licenses dialog, open while `?manage=` names a view. Only the Owner
 * sees its content (SS-1); when the session cannot be loaded it says why instead of staying shut,
 * but for an ended session, which the app's sign-in prompt explains (R12).
 */
export function ManageLicensesDialog() {
  const { view } = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const isOwner = session.data?.user.role === 'Owner';
  // The dialog's and its main view's code are fetched with the dashboard's data, so the first
  // open does not wait for them (nor for React's hold-back of a just-revealed Suspense boundary).
  useEffect(() => {
    if (isOwner) void preloadManageLicenses();
  }, [isOwner]);
  // Mounted from the first opening on, so a closing dialog plays its exit.
  const [opened, setOpened] = useState(false);
  if (view !== null && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <frame.Component />
    </Suspense>
  );
}
