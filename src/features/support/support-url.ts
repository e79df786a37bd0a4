import { z } from 'zod/mini';
import { MAX_SEARCH_LENGTH } from '@/api/contract/customer-success';
import { useUrlState } from '@/lib/url-state';

const supportUrlSchema = z.object({
  q: z._default(
    z.pipe(
      z.string(),
      z.transform((text) => text.slice(0, MAX_SEARCH_LENGTH)),
    ),
    '',
  ),
  controller: z.optional(z.uuid()),
  account: z.optional(z.uuid()),
});

/** CS-1: the search (`?q=`) and what is open beside it (`?controller=` or `?account=`). */
export function useSupportUrl() {
  const [state, set] = useUrlState(supportUrlSchema);
  return {
    search: state.q,
    controllerId: state.controller ?? null,
    accountId: state.account ?? null,
    setSearch: (next: string) => set({ q: next }),
    /** Opening a result adds a history entry, so Back returns to the results as they were. */
    openController: (id: string) => set({ controller: id, account: null }, { push: true }),
    openAccount: (id: string) => set({ account: id, controller: null }, { push: true }),
    closeDetail: () => set({ controller: null, account: null }, { push: true }),
  };
}
