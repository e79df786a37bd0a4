import { daysLeftText, type SensorStatus } from '@/domain/fleet';
import type { MessageId, Translate } from '@/lib/i18n';

/** A sensor's status in words, in the table, its filters and its panel. */
export const SENSOR_STATUS_TEXT: Record<SensorStatus, MessageId> = {
  active: 'fleet.status.active',
  expiring: 'fleet.status.expiring',
  expired: 'fleet.status.expired',
  unlicensed: 'fleet.status.unlicensed',
};

/** LM-3: "12 days left", "Last day", "Expired 5 days ago" in the user's language. */
export function daysLeftWords(left: number, t: Translate): string {
  return daysLeftText(left, {
    left: (days) => t('fleet.daysLeft.left', { days }),
    lastDay: t('fleet.daysLeft.lastDay'),
    expiredYesterday: t('fleet.daysLeft.expiredYesterday'),
    expiredDaysAgo: (days) => t('fleet.daysLeft.expiredDaysAgo', { days }),
  });
}
