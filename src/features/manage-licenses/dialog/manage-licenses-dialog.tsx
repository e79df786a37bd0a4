import { Suspense, useEffect } from 'react';
import { preloadable } from '@/lib/preloadable';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { useManageLicensesUrl, type ManageView } from './manage-licenses-url';
import { UnsavedChangesProvider, useLeaveSafely } from './unsaved-changes';
import { AppDialog } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { sessionErrorText } from '@/features/manage-licenses/session-error';
import { useText } from '@/lib/i18n';
import { ViewFocus } from './view-focus';

/** While a view's code loads (only on its first opening): each view then shows its own loading state. */
export const VIEW_LOADING_LABEL = 'Loading the view';

const VIEW_TITLES: Record<ManageView, string | null> = {
  licenses: null,
  'customer-accounts': 'Manage Customer Accounts',
  download: 'Download Licenses from the Cloud',
  'add-license': 'Add License',
  notifications: 'Edit Notifications',
  outbox: 'Sent notifications',
};

// Each view is its own chunk, fetched when the dialog shows it: the dashboard's first load carries
// none of them (quality P1).
const licenses = preloadable(() =>
  import('@/features/manage-licenses/dialog/licenses/licenses-view').then((m) => m.LicensesView),
);
const LicensesView = licenses.Component;
const CustomerAccountsView = preloadable(() =>
  import('@/features/manage-licenses/dialog/customer-accounts/customer-accounts-view').then(
    (m) => m.CustomerAccountsView,
  ),
).Component;
const DownloadView = preloadable(() =>
  import('@/features/manage-licenses/dialog/download/download-view').then((m) => m.DownloadView),
).Component;
const AddLicenseView = preloadable(() =>
  import('@/features/manage-licenses/dialog/license-file/add-license-view').then(
    (m) => m.AddLicenseView,
  ),
).Component;
const NotificationsView = preloadable(() =>
  import('@/features/manage-licenses/dialog/notifications/notifications-view').then(
    (m) => m.NotificationsView,
  ),
).Component;
const OutboxView = preloadable(() =>
  import('@/features/manage-licenses/dialog/notifications/outbox-view').then((m) => m.OutboxView),
).Component;

function ViewContent({ view }: { view: ManageView }) {
  return (
    <Suspense fallback={<LinearProgress aria-label={VIEW_LOADING_LABEL} />}>
      <View view={view} />
    </Suspense>
  );
}

function View({ view }: { view: ManageView }) {
  switch (view) {
    case 'licenses':
      return <LicensesView />;
    case 'customer-accounts':
      return <CustomerAccountsView />;
    case 'download':
      return <DownloadView />;
    case 'add-license':
      return <AddLicenseView />;
    case 'notifications':
      return <NotificationsView />;
    case 'outbox':
      return <OutboxView />;
  }
}

/**
 * The SmartServer CMS Manage Licenses dialog, open while `?manage=` names a view. Only the Owner
 * sees its content (SS-1); when the session cannot be loaded it says why instead of staying shut.
 * Leaving a view with unsaved edits asks first (SS-23).
 */
export function ManageLicensesDialog() {
  const { view } = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const isOwner = session.data?.user.role === 'Owner';
  // The main view's code is fetched with the dashboard's data, so the first open does not wait
  // for it (nor for React's hold-back of a just-revealed Suspense boundary).
  useEffect(() => {
    if (isOwner) void licenses.preload();
  }, [isOwner]);

  return (
    <UnsavedChangesProvider>
      <GuardedDialog view={view} isOwner={isOwner} />
    </UnsavedChangesProvider>
  );
}

function GuardedDialog({ view, isOwner }: { view: ManageView | null; isOwner: boolean }) {
  const t = useText();
  const url = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const leaveSafely = useLeaveSafely();
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const subtitle = view && VIEW_TITLES[view];
  return (
    <AppDialog
      open={view !== null && (isOwner || session.isError)}
      onClose={() => leaveSafely(url.close)}
      maxWidth="xl"
      fullScreen={fullScreen}
      dividers
      contentSx={{ minHeight: '60vh' }}
      title={
        <>
          Manage Licenses
          {subtitle && <span style={{ fontWeight: 400 }}> · {subtitle}</span>}
        </>
      }
      actions={
        <>
          {view !== null && view !== 'licenses' && (
            <Button onClick={() => leaveSafely(url.back)} sx={{ mr: 'auto' }}>
              Back
            </Button>
          )}
          <Button onClick={() => leaveSafely(url.close)}>Close</Button>
        </>
      }
    >
      {session.isError && !isOwner && (
        <ErrorAlert
          title={sessionErrorText(session.error, t).title}
          error={sessionErrorText(session.error, t).error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      )}
      {isOwner && view && (
        <ViewFocus view={view} label={subtitle ?? 'Manage Licenses'}>
          <ViewContent view={view} />
        </ViewFocus>
      )}
    </AppDialog>
  );
}
