import { z } from 'zod';
import { useUrlState } from '@/lib/url-state';

const historyUrlSchema = z.object({
  history: z.uuid().optional(),
  accountHistory: z.uuid().optional(),
});

/**
 * AU-1: the History open over a page (`?history=<License ID>` or `?accountHistory=<Customer ID>`),
 * so a link to it opens it. Opening adds a history entry: Back closes it again.
 */
export function useHistoryUrl() {
  const [state, set] = useUrlState(historyUrlSchema);
  return {
    licenseId: state.history ?? null,
    accountId: state.accountHistory ?? null,
    openLicense: (id: string) => set({ history: id, accountHistory: null }, { push: true }),
    openAccount: (id: string) => set({ accountHistory: id, history: null }, { push: true }),
    close: () => set({ history: null, accountHistory: null }, { push: true }),
  };
}
