import { useSearchParams } from 'wouter';

/** The dialog's views (design §3): one string union kept in `?manage=`. */
export const MANAGE_VIEWS = [
  'licenses',
  'customer-accounts',
  'download',
  'add-license',
  'notifications',
  'outbox',
] as const;
export type ManageView = (typeof MANAGE_VIEWS)[number];

export const SORT_KEYS = [
  'segmentController',
  'description',
  'status',
  'activationDate',
  'licenseId',
  'note',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** Where BACK goes from a view reached from another sub-view; all others return to the list. */
const PARENT_VIEW: Partial<Record<ManageView, ManageView>> = { outbox: 'notifications' };

const OWN_PARAMS = ['manage', 'segment', 'sort', 'dir'];

function oneOf<T extends string>(options: readonly T[], value: string | null): T | null {
  return options.find((option) => option === value) ?? null;
}

/** Dialog view, segment filter (SS-9) and sort, read from and written to the URL. */
export function useManageLicensesUrl() {
  const [params, setParams] = useSearchParams();
  const update = (change: (next: URLSearchParams) => void, replace = true) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        change(next);
        return next;
      },
      { replace },
    );

  const view = oneOf(MANAGE_VIEWS, params.get('manage'));
  const sortDirection: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';

  return {
    view,
    segmentId: params.get('segment'),
    sortKey: oneOf(SORT_KEYS, params.get('sort')) ?? 'segmentController',
    sortDirection,
    open: (view: ManageView = 'licenses') => update((next) => next.set('manage', view), false),
    /** BACK (SS-20, SS-30): from a sub-view to the one it was opened from. */
    back: () =>
      update((next) => next.set('manage', PARENT_VIEW[view ?? 'licenses'] ?? 'licenses'), false),
    close: () => update((next) => OWN_PARAMS.forEach((key) => next.delete(key))),
    setSegmentId: (id: string | null) =>
      update((next) => (id ? next.set('segment', id) : next.delete('segment'))),
    setSort: (key: SortKey, direction: SortDirection) =>
      update((next) => {
        next.set('sort', key);
        next.set('dir', direction);
      }),
  };
}
