import { z } from 'zod/mini';
import { useUrlState } from '@/lib/url-state';

const historyUrlSchema = z.object({
  history: z.optional(z.uuid()),
  accountHistory: z.optional(z.uuid()),
  sensorHistory: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
});

/**
 * AU-1: the History open over a page (`?history=<License ID>`, `?accountHistory=<Customer ID>` or
 * `?sensorHistory=<serial>`), so a link to it opens it. Opening adds a history entry: Back closes
 * it again.
 */
const NONE = { history: null, accountHistory: null, sensorHistory: null };

export function useHistoryUrl() {
  const [state, set] = useUrlState(historyUrlSchema);
  return {
    licenseId: state.history ?? null,
    accountId: state.accountHistory ?? null,
    serial: state.sensorHistory ?? null,
    openLicense: (id: string) => set({ ...NONE, history: id }, { push: true }),
    openAccount: (id: string) => set({ ...NONE, accountHistory: id }, { push: true }),
    openSensor: (serial: string) => set({ ...NONE, sensorHistory: serial }, { push: true }),
    close: () => set(NONE, { push: true }),
  };
}
