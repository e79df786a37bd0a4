import type { HistoryEntry } from '@/api/contract/history';
import { useDates, useText } from '@/lib/i18n';

/** An entry's words: what happened, who did it, and each change before and after (AU-1). */
export function useHistoryWords() {
  const t = useText();
  const { day } = useDates();
  const none = t('history.noChange');
  return {
    what: (entry: HistoryEntry) => {
      const where = entry.where ?? t('history.where.unknown');
      const reference = entry.reference ?? 'none';
      const related = entry.relatedLicenseId ?? 'none';
      const values = { where, reference, related, command: entry.command ?? '' };
      return t(`history.what.${entry.kind}`, values);
    },
    who: (entry: HistoryEntry) =>
      entry.actor
        ? t('history.actor', {
            name: entry.actor.name,
            role: entry.actor.role ?? 'none',
            app: t(`history.app.${entry.actor.app}`),
          })
        : t('history.byCloud'),
    changes: (entry: HistoryEntry) =>
      entry.changes.map((change) => {
        const shown = (value: string | null) =>
          value === null || value === ''
            ? none
            : change.field === 'autoRenewal'
              ? t(value === 'on' ? 'history.value.on' : 'history.value.off')
              : /^\d{4}-\d{2}-\d{2}$/.test(value)
                ? day(value)
                : value;
        return {
          field: t(`history.field.${change.field}`),
          before: shown(change.before),
          after: shown(change.after),
        };
      }),
  };
}
