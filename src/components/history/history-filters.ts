import type { HistoryEntry, HistoryKind } from '@/api/contract/history';

/** What the History shows of its entries; '' is "any". Dates are ISO days, inclusive. */
export interface HistoryFilters {
  kind: HistoryKind | '';
  app: NonNullable<HistoryEntry['actor']>['app'] | '';
  user: string;
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { kind: '', app: '', user: '', from: '', to: '' };

/** The people and apps that appear in a History, for its filters' choices. */
export function filterChoices(entries: readonly HistoryEntry[]) {
  const kinds = new Set<HistoryKind>();
  const apps = new Set<NonNullable<HistoryEntry['actor']>['app']>();
  const users = new Set<string>();
  for (const entry of entries) {
    kinds.add(entry.kind);
    if (entry.actor) {
      apps.add(entry.actor.app);
      users.add(entry.actor.name);
    }
  }
  return { kinds: [...kinds], apps: [...apps], users: [...users].sort() };
}

/** A range whose end is before its start matches nothing: the filter says so instead. */
export const rangeBackwards = ({ from, to }: HistoryFilters) =>
  from !== '' && to !== '' && to < from;

export function applyFilters(
  entries: readonly HistoryEntry[],
  filters: HistoryFilters,
): HistoryEntry[] {
  return entries.filter(
    (e) =>
      (filters.kind === '' || e.kind === filters.kind) &&
      (filters.app === '' || e.actor?.app === filters.app) &&
      (filters.user === '' || e.actor?.name === filters.user) &&
      (filters.from === '' || e.day >= filters.from) &&
      (filters.to === '' || e.day <= filters.to),
  );
}
