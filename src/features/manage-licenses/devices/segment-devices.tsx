import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DevicesOtherOutlined from '@mui/icons-material/DevicesOtherOutlined';
import { ErrorAlert } from '@/components/error-alert';
import { useProvisionDevices } from '@/api/devices';
import type { Device } from '@/api/contract/devices';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { EmptyState } from '@/components/empty-state';
import { CoreLicenseBanner } from './core-license-banner';
import { DeviceStateLegend } from './device-state-legend';
import { LicensesReturnedNote } from './licenses-returned-note';
import { countDeviceStates } from './device-states';
import { DevicesTable } from './devices-table';
import { SegmentActions } from '@/features/manage-licenses/lifecycle/segment-actions';
import { useManageLicensesOpener } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { useText } from '@/lib/i18n';

interface SegmentDevicesProps {
  controller: SegmentController;
  devices: readonly Device[];
  canProvision: boolean;
}

/**
 * SS-42 for one segment controller: its legend and counts, its devices, and provisioning; for the
 * Owner also Manage Licenses filtered to it when devices are unlicensed (SS-75) and its lifecycle
 * menu (SS-70); when Customer Success returned its licenses, a note saying so (CS-2).
 */
export function SegmentDevices({ controller, devices, canProvision }: SegmentDevicesProps) {
  const t = useText();
  const provision = useProvisionDevices();
  const counts = countDeviceStates(devices);
  const run = (deviceIds: string[] | null) =>
    provision.mutate({ segmentControllerId: controller.id, deviceIds });
  const pendingIds = provision.isPending ? (provision.variables.deviceIds ?? 'all') : null;
  const [outcome, setOutcome] = useState<string | null>(null);
  const manageLicenses = useManageLicensesOpener();

  return (
    <Stack spacing={2}>
      <CoreLicenseBanner controller={controller} />
      <LicensesReturnedNote controller={controller} />
      <DeviceStateLegend controllerName={controller.name} counts={counts} />
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', minHeight: 36, flexWrap: 'wrap' }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {t('dashboard.devices.countOn', { count: devices.length, controller: controller.name })}
          {counts.unlicensed > 0 &&
            ` · ${t('dashboard.devices.beyondCapacity', { count: counts.unlicensed })}`}
          <Typography
            component="span"
            variant="body2"
            role="status"
            aria-label={t('dashboard.devices.provisioningStatus')}
          >
            {provision.isSuccess &&
              ` · ${t('dashboard.devices.provisionedCount', { count: provision.data.provisioned })}`}
          </Typography>
        </Typography>
        {canProvision && (
          <Button
            variant="contained"
            disabled={counts.unprovisioned === 0 || provision.isPending}
            loading={pendingIds === 'all'}
            onClick={() => run(null)}
          >
            {t('dashboard.devices.provisionAll', { count: counts.unprovisioned })}
          </Button>
        )}
        {canProvision && counts.unlicensed > 0 && (
          <Button
            aria-label={t('dashboard.devices.manageLicensesFor', { controller: controller.name })}
            onClick={() => manageLicenses.openFor(controller.id)}
          >
            {t('dashboard.devices.manageLicenses')}
          </Button>
        )}
        {canProvision && <SegmentActions controller={controller} onOutcome={setOutcome} />}
      </Stack>
      {/* Always there, so what the lifecycle menu did is announced; no gap while it is empty. */}
      <Box
        role="status"
        aria-label={t('dashboard.lifecycle.outcomeLabel')}
        sx={{ '&:empty': { mt: 0 } }}
      >
        {outcome && (
          <Alert
            // The box around it is the live region; an alert inside it would be a second one.
            role="none"
            severity="success"
            closeText={t('dashboard.lifecycle.dismiss')}
            onClose={() => setOutcome(null)}
          >
            {outcome}
          </Alert>
        )}
      </Box>
      {provision.isError && (
        <ErrorAlert error={provision.error} onDismiss={() => provision.reset()} />
      )}
      {devices.length === 0 ? (
        <EmptyState
          icon={<DevicesOtherOutlined fontSize="inherit" />}
          title={t('dashboard.devices.noDevicesOn', { controller: controller.name })}
        />
      ) : (
        <DevicesTable
          controllerName={controller.name}
          devices={devices}
          provision={
            canProvision ? { pendingIds, onProvision: (deviceId) => run([deviceId]) } : null
          }
        />
      )}
    </Stack>
  );
}
