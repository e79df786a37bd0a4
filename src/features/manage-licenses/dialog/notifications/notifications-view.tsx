import OutboxOutlined from '@mui/icons-material/OutboxOutlined';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { notificationQueries } from '@/api/notifications';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { NotificationSettingsForm } from './notification-settings-form';
import { useLeaveSafely } from '@/features/manage-licenses/dialog/unsaved-changes';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

function NotificationsSkeleton() {
  const t = useText();
  return (
    <Stack role="status" aria-busy="true" spacing={2} sx={{ maxWidth: 420 }}>
      <span style={VISUALLY_HIDDEN}>{t('cms.notifications.loading')}</span>
      <Skeleton variant="rounded" height={40} />
      <Skeleton variant="rounded" height={40} />
      <Skeleton variant="rounded" height={40} />
      <Skeleton variant="text" width="70%" />
    </Stack>
  );
}

/** Edit Notifications: who hears about maintenance expiry, and when (SS-60, SS-61). */
export function NotificationsView() {
  const settings = useQuery(notificationQueries.settings());
  const url = useManageLicensesUrl();
  const leaveSafely = useLeaveSafely();
  const t = useText();

  return (
    <QueryView
      query={settings}
      pending={<NotificationsSkeleton />}
      errorTitle={t('cms.notifications.loadError')}
    >
      {(loaded) => (
        <Stack spacing={3} sx={{ maxWidth: 720 }}>
          {/* The button moves below the text when both do not fit (a phone, a longer language). */}
          <Stack
            direction="row"
            spacing={2}
            useFlexGap
            sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
          >
            <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 280px' }}>
              {t('cms.notifications.intro')}
            </Typography>
            <Button
              startIcon={<OutboxOutlined />}
              onClick={() => leaveSafely(() => url.open('outbox'))}
              sx={{ flexShrink: 0 }}
            >
              {t('cms.dialog.view.outbox')}
            </Button>
          </Stack>
          <NotificationSettingsForm settings={loaded} />
        </Stack>
      )}
    </QueryView>
  );
}
