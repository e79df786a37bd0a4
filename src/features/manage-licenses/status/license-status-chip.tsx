import { StatusChip, type StatusTone } from '@/components/status-chip';
import type { LicenseStatus } from '@/domain/licenses';
import type { IsoDate } from '@/domain/dates';
import { useDates, useText, type Translate } from '@/lib/i18n';

const TONE: Record<LicenseStatus['state'], StatusTone> = {
  active: 'success',
  expiring: 'warning',
  expired: 'error',
  used: 'default',
};

function statusText(status: LicenseStatus, t: Translate, day: (iso: IsoDate) => string): string {
  switch (status.state) {
    case 'active':
      return t('dashboard.status.active');
    case 'expiring':
      return t('dashboard.status.expiring', { day: day(status.expiryDate) });
    case 'expired':
      return t('dashboard.status.expired', { day: day(status.expiryDate) });
    case 'used':
      return t('dashboard.status.used', { day: day(status.date), version: status.toVersion });
  }
}

/** SS-6: green, amber, red, always with the text; a used-up upgrade license (SS-72) in grey. */
export function LicenseStatusChip({ status }: { status: LicenseStatus }) {
  const t = useText();
  const dates = useDates();
  return <StatusChip label={statusText(status, t, dates.day)} tone={TONE[status.state]} />;
}
