import { toCsv } from '@/domain/csv';
import type { OrderLine } from '@/domain/planner';
import type { Translate } from '@/lib/i18n';

/**
 * PL-1: the order as a CSV a buyer turns into a purchase order: one row per license to buy, in the
 * user's language, dates as ISO days, formula-like cells neutralized (a controller's name is typed by people).
 */
export function orderCsv(order: readonly OrderLine[], t: Translate): string {
  return toCsv([
    [
      t('planner.csv.controller'),
      t('planner.csv.kind'),
      t('planner.csv.devices'),
      t('planner.csv.term'),
      t('planner.csv.activateBy'),
      t('planner.csv.coversUntil'),
    ],
    ...order.map((line) => [
      line.segmentControllerName,
      t('planner.csv.maintenance'),
      String(line.deviceCount),
      String(line.termYears),
      line.activateBy,
      line.coversUntil,
    ]),
  ]);
}
