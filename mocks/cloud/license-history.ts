import type { AccountHistory, HistoryEntry, LicenseHistory } from '@/api/contract/history';
import type { SessionApp } from '@/api/contract/route';
import { licenseStatus } from '@/domain/licenses';
import { expiryOf } from './cms-licenses';
import { CloudError } from './errors';
import { entriesOfEvents, NOTHING_RECORDED } from './history-entries';
import type { CloudState, LicenseRecord } from './state';

const licenseNotFound = () =>
  new CloudError(404, 'license_not_found', 'No license with this License ID exists in the cloud.');

/** PP-4: the chain of License IDs a license has had, oldest first, from any ID in it. */
function lineageOf(state: CloudState, licenseId: string): LicenseRecord[] {
  const byId = new Map(state.licenses.map((l) => [l.id, l]));
  const predecessorOf = new Map(
    state.licenses.flatMap((l) => (l.supersededBy ? [[l.supersededBy, l] as const] : [])),
  );
  let first = byId.get(licenseId);
  if (!first) throw licenseNotFound();
  for (let before = predecessorOf.get(first.id); before; before = predecessorOf.get(before.id))
    first = before;
  const chain = [first];
  for (
    let next = byId.get(first.supersededBy ?? '');
    next;
    next = byId.get(next.supersededBy ?? '')
  )
    chain.push(next);
  return chain;
}

/** Who may read a license's History: whoever may see the license itself in that app (AU-1). */
export type HistoryReader =
  | { app: 'cms' }
  | { app: 'partner'; partnerId: string }
  | { app: 'customer'; customerId: string }
  | { app: 'support' };

function mayRead(state: CloudState, reader: HistoryReader, chain: readonly LicenseRecord[]) {
  const savedIds = new Set(state.segmentControllers.map((c) => c.customerId));
  return chain.some((license) => {
    if (reader.app === 'support') return true;
    if (reader.app === 'partner') return license.partnerId === reader.partnerId;
    if (reader.app === 'customer') return license.customerId === reader.customerId;
    return license.activation !== null || savedIds.has(license.customerId);
  });
}

const inOrder = (a: HistoryEntry & { order: number }, b: HistoryEntry & { order: number }) =>
  a.day.localeCompare(b.day) || a.order - b.order;

/**
 * AU-1: everything that happened to a license under each of its IDs, in order: its purchase, every
 * command that touched it (refused ones too), the e-mails about it, and its expiry.
 */
export function licenseHistory(
  state: CloudState,
  reader: HistoryReader,
  licenseId: string,
): LicenseHistory {
  const chain = lineageOf(state, licenseId);
  if (!mayRead(state, reader, chain)) throw licenseNotFound();
  const ids = new Set(chain.map((l) => l.id));
  const audited = entriesOfEvents(
    state,
    state.audit.filter((event) => event.ids.some((id) => ids.has(id))),
    ids,
  );
  const derived = [
    ...(audited.some((e) => e.kind === 'purchased') ? [] : [purchaseOf(state, chain)]),
    ...notificationsAbout(state, ids),
    ...expiryOfChain(state, chain),
  ];
  const items = [...audited, ...derived].sort(inOrder).map(({ order: _order, ...entry }) => entry);
  return { lineage: chain.map((l) => l.id), items };
}

const derivedEntry = (
  entry: Pick<HistoryEntry, 'id' | 'kind' | 'licenseId' | 'day'> &
    Partial<HistoryEntry> & { order?: number },
): HistoryEntry & { order: number } => ({ ...NOTHING_RECORDED, order: 0, ...entry });

/** The seed's licenses were bought before the trail began: their purchase comes from the record. */
function purchaseOf(state: CloudState, chain: readonly LicenseRecord[]) {
  const [first] = chain;
  if (!first) throw licenseNotFound();
  const partner = state.partners.find((p) => p.id === first.partnerId);
  return derivedEntry({
    id: `purchase-${first.id}`,
    kind: 'purchased',
    licenseId: first.id,
    day: first.purchaseDate,
    actor: partner ? { app: 'partner', name: partner.name, role: null } : null,
    reference: first.purchaseOrder,
    order: -1,
  });
}

function notificationsAbout(state: CloudState, ids: ReadonlySet<string>) {
  return state.outbox
    .filter((message) => message.licenseId !== null && ids.has(message.licenseId))
    .map((message) =>
      derivedEntry({
        id: `outbox-${message.id}`,
        kind: 'notified',
        licenseId: message.licenseId,
        day: message.sentOn,
        where: message.recipients.join(', '),
        reference: message.subject,
      }),
    );
}

function expiryOfChain(state: CloudState, chain: readonly LicenseRecord[]) {
  const current = chain.at(-1);
  const expiryDate = current ? expiryOf(current) : null;
  if (!current || expiryDate === null) return [];
  if (licenseStatus({ expiryDate }, state.today).state !== 'expired') return [];
  return [
    derivedEntry({
      id: `expiry-${current.id}`,
      kind: 'expired',
      licenseId: current.id,
      day: expiryDate,
      order: Number.MAX_SAFE_INTEGER,
    }),
  ];
}

/** An account's History: the account itself and every record that names it (AU-1). */
export function accountHistory(
  state: CloudState,
  reader: { app: Extract<SessionApp, 'partner' | 'support'>; partnerId?: string },
  customerId: string,
): AccountHistory {
  const account = state.customers.find((c) => c.id === customerId);
  const everNamed = state.audit.some((e) => e.ids.includes(customerId));
  const visible = account
    ? reader.app === 'support' || account.partnerId === reader.partnerId
    : false;
  if (!visible && !(reader.app === 'support' && everNamed)) {
    throw new CloudError(404, 'customer_not_found', 'No customer account with this Customer ID.');
  }
  const licenseIds = new Set(state.licenses.map((l) => l.id));
  const events = state.audit.filter(
    (event) => event.ids.includes(customerId) || namesAccount(event, customerId),
  );
  const items = entriesOfEvents(state, events, licenseIds).map(
    ({ order: _order, ...entry }) => entry,
  );
  return { customerId, items };
}

/** Whether any record an event touched belongs to the account (its licenses, its controllers). */
function namesAccount(event: { before: object; after: object }, customerId: string) {
  return [...Object.values(event.before), ...Object.values(event.after)].some(
    (record: unknown) =>
      typeof record === 'object' &&
      record !== null &&
      'customerId' in record &&
      record.customerId === customerId,
  );
}
