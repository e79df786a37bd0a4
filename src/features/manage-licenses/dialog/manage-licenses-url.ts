import { z } from 'zod/mini';
import { useUrlState, useUrlWriter } from '@/lib/url-state';

/** The dialog's views: one string union kept in `?manage=`. */
const MANAGE_VIEWS = [
  'licenses',
  'customer-accounts',
  'download',
  'add-license',
  'notifications',
  'outbox',
] as const;
export type ManageView = (typeof MANAGE_VIEWS)[number];

const SORT_KEYS = [
  'segmentController',
  'description',
  'status',
  'activationDate',
  'licenseId',
  'note',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

const manageUrlSchema = z.object({
  manage: z._default(z.nullable(z.enum(MANAGE_VIEWS)), null),
  segment: z._default(z.nullable(z.string()), null),
  sort: z._default(z.enum(SORT_KEYS), 'segmentController'),
  dir: z._default(z.enum(['asc', 'desc']), 'asc'),
});

/** Where BACK goes from a view reached from another sub-view; all others return to the list. */
const PARENT_VIEW: Partial<Record<ManageView, ManageView>> = { outbox: 'notifications' };

/** Dialog view, segment filter (SS-9) and sort, read from and written to the URL. */
export function useManageLicensesUrl() {
  const [state, set] = useUrlState(manageUrlSchema);
  const view = state.manage;
  return {
    view,
    segmentId: state.segment,
    sortKey: state.sort,
    sortDirection: state.dir,
    ...useManageLicensesOpener(),
    /** BACK (SS-20, SS-30): from a sub-view to the one it was opened from. */
    back: () => set({ manage: PARENT_VIEW[view ?? 'licenses'] ?? 'licenses' }, { push: true }),
    close: () => set({ manage: null, segment: null, sort: null, dir: null }),
    setSegmentId: (id: string | null) => set({ segment: id }),
    setSort: (key: SortKey, direction: SortDirection) => set({ sort: key, dir: direction }),
  };
}

/**
 * Opens the dialog from the dashboard (License Status, a segment controller's devices) without
 * watching its address: opening it then re-renders the dialog, not the views that opened it (P2).
 */
export function useManageLicensesOpener() {
  const set = useUrlWriter<typeof manageUrlSchema>();
  return {
    open: (next: ManageView = 'licenses') => set({ manage: next }, { push: true }),
    /** SS-75: the list, filtered to one segment controller. */
    openFor: (segmentId: string) => set({ manage: 'licenses', segment: segmentId }, { push: true }),
  };
}
