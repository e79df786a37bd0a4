import { StatusChip, type StatusTone } from '@/components/status-chip';
import { statusText, type LicenseStatus } from '@/domain/licenses';

const TONE: Record<LicenseStatus['state'], StatusTone> = {
  active: 'success',
  expiring: 'warning',
  expired: 'error',
};

/** SS-6: green, amber, red, always with the text. */
export function LicenseStatusChip({ status }: { status: LicenseStatus }) {
  return <StatusChip label={statusText(status)} tone={TONE[status.state]} />;
}
