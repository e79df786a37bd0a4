import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import type { Coverage } from '@/domain/coverage';
import type { LicenseStatus } from '@/domain/licenses';
import { LicenseStatusChip } from './license-status-chip';

/** Green when every device is licensed, amber when some are not, red when none is. */
function licensedTone(licensed: number, devices: number): 'success' | 'warning' | 'error' {
  if (licensed >= devices) return 'success';
  return licensed > 0 ? 'warning' : 'error';
}

function licensedWords(licensed: number, devices: number, capacity: number): string {
  const unlicensed = devices - licensed;
  const capacityWords = `capacity ${capacity}`;
  if (devices === 0) return `No devices yet · ${capacityWords}`;
  if (unlicensed === 0) return `All licensed · ${capacityWords}`;
  return `${unlicensed} ${unlicensed === 1 ? 'device' : 'devices'} unlicensed · ${capacityWords}`;
}

/**
 * SS-3, SS-11: licensed devices out of the devices there are (not out of capacity, which would show
 * a full bar while devices go unlicensed), with the unlicensed count in words.
 */
export function LicensedDevicesMeter({
  name,
  licensed,
  devices,
  capacity,
}: {
  name: string;
  licensed: number;
  devices: number;
  capacity: number;
}) {
  const tone = devices === 0 ? 'success' : licensedTone(licensed, devices);
  const words = licensedWords(licensed, devices, capacity);
  return (
    <Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="body2">Licensed devices</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {licensed} / {devices}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        color={tone}
        value={devices === 0 ? 0 : Math.round((licensed / devices) * 100)}
        aria-label={`${name}: ${licensed} of ${devices} devices licensed`}
        aria-valuetext={`${licensed} of ${devices} devices licensed; ${words}`}
        sx={{ mt: 0.5, height: 6, borderRadius: 3 }}
      />
      <Typography
        variant="body2"
        sx={{ mt: 0.5, color: tone === 'success' ? 'text.secondary' : `${tone}.dark` }}
      >
        {words}
      </Typography>
    </Box>
  );
}

function coverageChip(coverage: Coverage): { label: string; tone: StatusTone } | null {
  if (coverage.capacity === 0) return null;
  const covered = Math.min(coverage.maintained, coverage.capacity);
  const label = `Covers ${covered} of ${coverage.capacity}`;
  if (coverage.missing === 0) return { label, tone: 'success' };
  return { label, tone: covered > 0 ? 'warning' : 'error' };
}

/**
 * SS-3, SS-12: how much of the capacity maintenance covers, in words and a color that follows
 * them; the maintenance status only when it says more than "Active" (expiring or expired).
 */
export function MaintenanceCoverageLine({
  coverage,
  status,
}: {
  coverage: Coverage;
  status: LicenseStatus | null;
}) {
  const chip = coverageChip(coverage);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Typography variant="body2">Maintenance</Typography>
      {chip ? (
        <StatusChip label={chip.label} tone={chip.tone} />
      ) : (
        <StatusChip label={status ? 'No capacity to cover' : 'None'} tone="default" />
      )}
      {status && status.state !== 'active' && <LicenseStatusChip status={status} />}
    </Stack>
  );
}
