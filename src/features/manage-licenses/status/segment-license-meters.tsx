import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import type { Coverage } from '@/domain/coverage';
import type { LicenseStatus } from '@/domain/licenses';
import { LicenseStatusChip } from './license-status-chip';
import { useText, type MessageId, type Translate } from '@/lib/i18n';

/** Green when every device is licensed, amber when some are not, red when none is. */
function licensedTone(licensed: number, devices: number): 'success' | 'warning' | 'error' {
  if (licensed >= devices) return 'success';
  return licensed > 0 ? 'warning' : 'error';
}

function licensedWords(t: Translate, licensed: number, devices: number, capacity: number): string {
  const unlicensed = devices - licensed;
  if (devices === 0) return t('dashboard.status.noDevicesYet', { capacity });
  if (unlicensed === 0) return t('dashboard.status.allLicensed', { capacity });
  return t('dashboard.status.someUnlicensed', { unlicensed, capacity });
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
  const t = useText();
  const tone = devices === 0 ? 'success' : licensedTone(licensed, devices);
  const words = licensedWords(t, licensed, devices, capacity);
  return (
    <Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between' }}>
        <Typography variant="body2">{t('dashboard.status.licensedDevices')}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('dashboard.status.licensedOfDevices', { licensed, devices })}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        color={tone}
        value={devices === 0 ? 0 : Math.round((licensed / devices) * 100)}
        aria-label={t('dashboard.status.meterLabel', { name, licensed, devices })}
        aria-valuetext={t('dashboard.status.meterValue', { licensed, devices, summary: words })}
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

function coverageChip(coverage: Coverage): { covered: number; tone: StatusTone } | null {
  if (coverage.capacity === 0) return null;
  const covered = Math.min(coverage.maintained, coverage.capacity);
  if (coverage.missing === 0) return { covered, tone: 'success' };
  return { covered, tone: covered > 0 ? 'warning' : 'error' };
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
  const t = useText();
  const chip = coverageChip(coverage);
  const noChip: MessageId = status
    ? 'dashboard.status.noCapacityToCover'
    : 'dashboard.status.noMaintenance';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
      <Typography variant="body2">{t('dashboard.status.maintenance')}</Typography>
      {chip ? (
        <StatusChip
          label={t('dashboard.status.covers', {
            covered: chip.covered,
            capacity: coverage.capacity,
          })}
          tone={chip.tone}
        />
      ) : (
        <StatusChip label={t(noChip)} tone="default" />
      )}
      {status && status.state !== 'active' && <LicenseStatusChip status={status} />}
    </Stack>
  );
}
