import { useEffect } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { deviceQueries } from '@/api/devices';
import type { Device } from '@/api/contract/devices';
import { segmentControllerQueries } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { sessionQueries } from '@/api/session';
import type { Session } from '@/api/contract/session';
import { DevicesPanelSkeleton } from './devices-panel-skeleton';
import { useDevicesSegment } from './devices-panel-url';
import { SegmentDevices } from './segment-devices';
import { combineQueries, QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

const HEADING_ID = 'devices-heading';
const PANEL_ID = 'devices-tabpanel';
const tabId = (controllerId: string) => `devices-tab-${controllerId}`;

function DevicesContent({
  user,
  devices,
}: {
  user: Session['user'];
  devices: UseQueryResult<Device[]>;
}) {
  const t = useText();
  const controllers = useQuery(segmentControllerQueries.list());

  const query = combineQueries(
    [devices, controllers],
    devices.data && controllers.data
      ? { devices: devices.data, controllers: controllers.data }
      : undefined,
  );
  return (
    <QueryView
      query={query}
      pending={<DevicesPanelSkeleton />}
      errorTitle={t('dashboard.devices.loadError')}
      isEmpty={(loaded) => loaded.controllers.length === 0}
      empty={
        <Typography color="text.secondary">
          {t('dashboard.devices.noSegmentControllers')}
        </Typography>
      }
    >
      {(loaded) => <DevicesTabs {...loaded} user={user} />}
    </QueryView>
  );
}

function DevicesTabs({
  devices,
  controllers,
  user,
}: {
  devices: Device[];
  controllers: SegmentController[];
  user: Session['user'];
}) {
  const t = useText();
  const [selectedId, select] = useDevicesSegment();
  const canProvision = user.role === 'Owner';
  const selected = controllers.find((c) => c.id === selectedId) ?? controllers[0];
  if (!selected) return null;

  return (
    <Stack spacing={2}>
      {!canProvision && (
        <Alert severity="info" role="note">
          {t('dashboard.devices.readOnly', {
            name: user.name,
            role: t('common.role', { role: user.role }),
          })}
        </Alert>
      )}
      <Tabs
        value={selected.id}
        onChange={(_event, id: string) => select(id)}
        aria-label={t('dashboard.devices.segmentControllerTabs')}
        variant="scrollable"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {controllers.map((c) => (
          <Tab key={c.id} value={c.id} label={c.name} id={tabId(c.id)} aria-controls={PANEL_ID} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(selected.id)}>
        <SegmentDevices
          key={selected.id}
          controller={selected}
          devices={devices.filter((d) => d.segmentControllerId === selected.id)}
          canProvision={canProvision}
        />
      </Box>
    </Stack>
  );
}

/**
 * SS-42: the dashboard's Devices panel. Like License Status it waits for the session (and leaves
 * a failed sign-in check to License Status to report), so it never shows actions it would hide.
 */
export function DevicesPanel({ sx }: { sx?: SxProps<Theme> }) {
  const t = useText();
  const session = useQuery(sessionQueries.current());
  // Asked beside the session, not after it: one round trip less before the panel shows (P11).
  const devices = useQuery(deviceQueries.list());
  // A read that failed while the sign-in check did (the cloud unreachable) is asked again once
  // the session is back, and its old error is not shown meanwhile.
  const failedWithSession =
    session.isSuccess &&
    session.errorUpdatedAt > 0 &&
    devices.isError &&
    devices.errorUpdatedAt < session.dataUpdatedAt;
  const { refetch: refetchDevices } = devices;
  useEffect(() => {
    if (failedWithSession) void refetchDevices();
  }, [failedWithSession, refetchDevices]);
  return (
    <Card component="section" aria-labelledby={HEADING_ID} sx={sx}>
      <CardHeader
        title={t('dashboard.devices.title')}
        subheader={t('dashboard.devices.subtitle')}
        slotProps={{ title: { id: HEADING_ID, component: 'h2', variant: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {(session.isPending || failedWithSession) && <DevicesPanelSkeleton />}
        {session.isError && (
          <Typography variant="body2" color="text.secondary">
            {t('dashboard.devices.waitingForSignIn')}
          </Typography>
        )}
        {session.data && !failedWithSession && (
          <DevicesContent user={session.data.user} devices={devices} />
        )}
      </CardContent>
    </Card>
  );
}
