import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import type { ActivatedLicense } from '@/api/licenses';
import { totalDevices, type SegmentController } from '@/api/segment-controllers';
import { StatusChip } from '@/components/status-chip';
import {
  coverageText,
  licensedDeviceCount,
  maintenanceCoverage,
  maintenanceStatus,
} from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import { LicenseStatusChip } from './license-status-chip';

interface SegmentLicenseSummaryProps {
  controller: SegmentController;
  licenses: readonly ActivatedLicense[];
  today: IsoDate;
}

function Warning({ children }: { children: string }) {
  return (
    <Stack direction="row" spacing={0.75} sx={{ alignItems: 'flex-start', color: 'warning.main' }}>
      <WarningAmberOutlined fontSize="small" />
      <Typography variant="body2" sx={{ color: 'text.primary' }}>
        {children}
      </Typography>
    </Stack>
  );
}

/** SS-3 for one segment controller: licensed devices / capacity, maintenance status, coverage warning. */
export function SegmentLicenseSummary({ controller, licenses, today }: SegmentLicenseSummaryProps) {
  const coverage = maintenanceCoverage(licenses, today);
  const devices = totalDevices(controller);
  const licensed = licensedDeviceCount(devices, coverage.capacity);
  const maintenance = maintenanceStatus(licenses, today);
  const unlicensed = devices - licensed;

  return (
    <Stack
      spacing={1.5}
      sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 2, height: '100%' }}
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}
      >
        <Typography variant="h3" component="h3">
          {controller.name}
        </Typography>
        <StatusChip
          label={controller.online ? 'Online' : 'Offline'}
          tone={controller.online ? 'default' : 'error'}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {controller.platform} · software {controller.softwareVersion}
      </Typography>
      <Box>
        <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
          <Typography variant="body2">Licensed devices</Typography>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {licensed} / {coverage.capacity}
          </Typography>
        </Stack>
        <LinearProgress
          variant="determinate"
          value={coverage.capacity === 0 ? 0 : Math.min(100, (licensed / coverage.capacity) * 100)}
          aria-label={`${controller.name}: ${licensed} of ${coverage.capacity} licensed devices used`}
          sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
        />
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">Maintenance</Typography>
        {maintenance ? (
          <LicenseStatusChip status={maintenance} />
        ) : (
          <StatusChip label="None" tone="default" />
        )}
      </Stack>
      {unlicensed > 0 && (
        <Warning>{`${unlicensed} of ${devices} devices are unlicensed: capacity is ${coverage.capacity}.`}</Warning>
      )}
      {coverage.missing > 0 && <Warning>{coverageText(coverage)}</Warning>}
    </Stack>
  );
}
