import { StatusChip, type StatusTone } from '@/components/status-chip';
import type { LicenseStatus } from '@/domain/licenses';
import { useDates, useText } from '@/lib/i18n';

const TONE: Record<LicenseStatus['state'], StatusTone> = {
  active: 'success',
  expiring: 'warning',
  expired: 'error',
};

/** SS-6: green, amber, red, always with the text. */
export function LicenseStatusChip({ status }: { status: LicenseStatus }) {
  const t = useText();
  const dates = useDates();
  const label =
    status.state === 'active'
      ? t('dashboard.status.active')
      : t(status.state === 'expiring' ? 'dashboard.status.expiring' : 'dashboard.status.expired', {
          day: dates.day(status.expiryDate),
        });
  return <StatusChip label={label} tone={TONE[status.state]} />;
}
