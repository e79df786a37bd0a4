import type { HistoryEntry } from '@/api/contract/history';
import { toCsv } from '@/domain/csv';
import { useText } from '@/lib/i18n';
import { useHistoryWords } from './history-words';

/**
 * AU-1: the shown entries as CSV, one row each, formula-safe (toCsv): the day, the wall time,
 * the License ID, what, who, the changes and a refusal's reason.
 */
export function useHistoryCsv() {
  const t = useText();
  const words = useHistoryWords();
  return (entries: readonly HistoryEntry[]) =>
    toCsv([
      [
        t('history.column.when'),
        t('history.column.recorded'),
        t('history.column.licenseId'),
        t('history.column.what'),
        t('history.column.who'),
        t('history.column.changes'),
      ],
      ...entries.map((entry) => [
        entry.day,
        entry.at ?? '',
        entry.licenseId ?? '',
        entry.refusal
          ? `${words.what(entry)}. ${t('history.refused', { message: entry.refusal.message })}`
          : words.what(entry),
        words.who(entry),
        words
          .changes(entry)
          .map((change) => t('history.change', change))
          .join('; '),
      ]),
    ]);
}
