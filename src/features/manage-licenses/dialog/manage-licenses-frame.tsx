import { Suspense, useDeferredValue } from 'react';
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
import { isSessionEnded } from '@/api/errors';
import { HistoryDialog } from '@/components/history';
import { sessionErrorText } from '@/features/manage-licenses/session-error';
import { ViewFocus } from './view-focus';
import { Message, useText, type MessageId } from '@/lib/i18n';

const VIEW_TITLES: Record<ManageView, MessageId | null> = {
  licenses: null,
  'customer-accounts': 'cms.dialog.view.customerAccounts',
  download: 'cms.dialog.view.download',
  'add-license': 'cms.dialog.view.addLicense',
  notifications: 'cms.dialog.view.notifications',
  outbox: 'cms.dialog.view.outbox',
};

// Each view is its own chunk, fetched when the dialog shows it: the dashboard's first load carries
// none of them (quality P1).
const licenses = preloadable(() =>
  import('@/features/manage-licenses/dialog/licenses/licenses-view').then((m) => m.LicensesView),
);
const LicensesView = licenses.Component;
/** The main view's code, fetched with the dashboard's data so the first open does not wait for it. */
export const preloadLicensesView = licenses.preload;
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

/** While a view's code loads (only on its first opening): each view then shows its own loading state. */
function ViewContent({ view }: { view: ManageView }) {
  const t = useText();
  return (
    <Suspense fallback={<LinearProgress aria-label={t('cms.dialog.viewLoading')} />}>
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
 * The Manage Licenses dialog itself (manage-licenses-dialog.tsx decides when it is needed).
 * Leaving a view with unsaved edits asks first (SS-23).
 */
export function ManageLicensesFrame() {
  const { view } = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const isOwner = session.data?.user.role === 'Owner';
  return (
    <UnsavedChangesProvider>
      <GuardedDialog view={view} isOwner={isOwner} />
    </UnsavedChangesProvider>
  );
}

function GuardedDialog({ view, isOwner }: { view: ManageView | null; isOwner: boolean }) {
  const url = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const leaveSafely = useLeaveSafely();
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const t = useText();
  const titleId = view && VIEW_TITLES[view];
  const subtitle = titleId && t(titleId);
  // An ended session is the app's sign-in prompt to explain (R12): opened after it, this dialog
  // would cover it.
  const wanted = view !== null && (isOwner || (session.isError && !isSessionEnded(session.error)));
  // Rendered whole in a background pass that React splits into short tasks before it shows, so
  // opening never blocks input (P2, total blocking time) and it fades in with its content.
  const open = useDeferredValue(wanted, false) && wanted;
  return (
    <AppDialog
      open={open}
      onePass
      onClose={() => leaveSafely(url.close)}
      maxWidth="xl"
      fullScreen={fullScreen}
      dividers
      contentSx={{ minHeight: '60vh' }}
      title={
        subtitle ? (
          <Message
            id="cms.dialog.titleWithView"
            values={{
              view: subtitle,
              light: (chunks) => <span style={{ fontWeight: 400 }}>{chunks}</span>,
            }}
          />
        ) : (
          t('cms.dialog.title')
        )
      }
      actions={
        <>
          {view !== null && view !== 'licenses' && (
            <Button onClick={() => leaveSafely(url.back)} sx={{ mr: 'auto' }}>
              {t('cms.dialog.back')}
            </Button>
          )}
          <Button onClick={() => leaveSafely(url.close)}>{t('cms.dialog.close')}</Button>
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
        <ViewFocus view={view} label={subtitle ?? t('cms.dialog.title')}>
          <ViewContent view={view} />
        </ViewFocus>
      )}
      {/* Inside, so a History opened over Manage Licenses stays above it (AU-1). */}
      {isOwner && <HistoryDialog licenseApp="cms" />}
    </AppDialog>
  );
}
