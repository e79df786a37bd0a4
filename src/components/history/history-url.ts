import { z } from 'zod';
import { useUrlState } from '@/lib/url-state';

const historyUrlSchema = z.object({
  history: z.uuid().optional(),
  accountHistory: z.uuid().optional(),
  sensorHistory: z.string().min(1).max(40).optional(),
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
