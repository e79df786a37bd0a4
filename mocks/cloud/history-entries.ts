import type { HistoryEntry, HistoryField, HistoryKind } from '@/api/contract/history';
import type { AuditEvent, AuditSnapshot } from './audit-event';
import type { CloudState } from './state';

/** An entry's fields that say nothing until set: a History entry is these and what it is about. */
export const NOTHING_RECORDED = {
  command: null,
  licenseId: null,
  actor: null,
  at: null,
  where: null,
  reference: null,
  relatedLicenseId: null,
  changes: [],
  refusal: null,
} satisfies Omit<HistoryEntry, 'id' | 'kind' | 'day'>;

/** AU-1: what each audited command was, in the History's words; any other is `other`. */
const KIND_OF_COMMAND: Readonly<Record<string, HistoryKind>> = {
  'partner.orderLicenses': 'purchased',
  'support.issueRemoteCms': 'purchased',
  'partner.transferToCustomer': 'transferredToCustomer',
  'cms.startActivation': 'activationStarted',
  'cms.activateLicense': 'activated',
  'files.activateOfflineFile': 'activatedFromFile',
  'cms.updateNote': 'noteChanged',
  'cms.transferToCloud': 'transferredToCloud',
  'support.returnLicenses': 'returnedBySupport',
  'files.issueOfflineFile': 'fileIssued',
  'customer.createCapacityFile': 'fileIssued',
  'partner.issueMaintenanceFile': 'fileIssued',
  'support.issueMaintenanceFile': 'fileIssued',
  'partner.createCustomer': 'accountChanged',
  'partner.updateCustomer': 'accountChanged',
  'partner.deleteCustomer': 'accountChanged',
  'cms.saveCustomerId': 'controllerChanged',
  'cms.reimage': 'controllerChanged',
  'cms.resetDatabases': 'controllerChanged',
  'cms.restoreFactorySettings': 'controllerChanged',
};

const isObject = (value: unknown): value is { readonly [key: string]: unknown } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string inside a snapshot, or null where the path leads elsewhere. */
function textAt(snapshot: AuditSnapshot | undefined, ...path: string[]): string | null {
  let value: unknown = snapshot;
  for (const key of path) {
    if (!isObject(value)) return null;
    value = value[key];
  }
  return typeof value === 'string' ? value : null;
}

/** Names for ids, as people read them: a segment controller's and an account's name. */
function namer(state: CloudState) {
  const names = new Map<string, string>();
  for (const c of state.segmentControllers) names.set(c.id, c.name);
  for (const c of state.customers) names.set(c.id, c.name);
  return (id: string | null) => (id === null ? null : (names.get(id) ?? id));
}
type Namer = ReturnType<typeof namer>;

const FIELDS: readonly { field: HistoryField; path: string[]; named?: true }[] = [
  { field: 'customer', path: ['customerId'], named: true },
  { field: 'successor', path: ['supersededBy'] },
  { field: 'segmentController', path: ['activation', 'segmentControllerId'], named: true },
  { field: 'activationDate', path: ['activation', 'activationDate'] },
  { field: 'clockStart', path: ['firstActivationDate'] },
  { field: 'note', path: ['activation', 'note'] },
  { field: 'transferDate', path: ['transferDate'] },
];

/** The fields of a license that differ before and after; a record made or removed shows none. */
function changesOf(
  before: AuditSnapshot | undefined,
  after: AuditSnapshot | undefined,
  name: Namer,
) {
  if (!isObject(before) || !isObject(after)) return [];
  return FIELDS.flatMap(({ field, path, named }) => {
    const [was, is] = [textAt(before, ...path), textAt(after, ...path)];
    if (was === is) return [];
    return [{ field, before: named ? name(was) : was, after: named ? name(is) : is }];
  });
}

/** Where an event happened for a license: the segment controller or account involved. */
function whereOf(event: AuditEvent, licenseId: string, kind: HistoryKind, name: Namer) {
  const before = event.before[licenseId];
  const after = event.after[licenseId];
  const controllerNow = textAt(after, 'activation', 'segmentControllerId');
  const controllerBefore = textAt(before, 'activation', 'segmentControllerId');
  if (kind === 'transferredToCloud' || kind === 'returnedBySupport') return name(controllerBefore);
  if (kind === 'transferredToCustomer') {
    const successor = textAt(after, 'supersededBy');
    return name(textAt(successor ? event.after[successor] : after, 'customerId'));
  }
  if (controllerNow) return name(controllerNow);
  // A job's target, or a refused activation's: the one segment controller the event names.
  const controllerId = event.ids.find((id) => id !== licenseId && name(id) !== id);
  return controllerId ? name(controllerId) : jobTarget(event, licenseId, name);
}

function jobTarget(event: AuditEvent, licenseId: string, name: Namer): string | null {
  for (const snapshot of Object.values(event.after)) {
    const items = isObject(snapshot) ? snapshot.items : null;
    if (!Array.isArray(items)) continue;
    const item = items.find((i) => isObject(i) && i.licenseId === licenseId);
    if (isObject(item) && typeof item.segmentControllerId === 'string')
      return name(item.segmentControllerId);
  }
  return null;
}

/** Audited commands as History entries, each about the first license of `ids` it touched. */
export function entriesOfEvents(
  state: CloudState,
  events: readonly AuditEvent[],
  ids: ReadonlySet<string>,
): (HistoryEntry & { order: number })[] {
  const name = namer(state);
  return events.map((event) => ({ ...entryOfEvent(event, ids, name), order: event.sequence }));
}

function entryOfEvent(event: AuditEvent, ids: ReadonlySet<string>, name: Namer): HistoryEntry {
  const licenseId = event.ids.find((id) => ids.has(id)) ?? null;
  const kind = KIND_OF_COMMAND[event.command] ?? 'other';
  const touched = event.ids.filter((id) => ids.has(id));
  const after = licenseId === null ? undefined : event.after[licenseId];
  return {
    id: `audit-${event.sequence}`,
    kind,
    command: event.command,
    licenseId,
    actor: { app: event.actor.app, name: event.actor.name, role: event.actor.role },
    day: event.day,
    at: event.at,
    where:
      licenseId === null
        ? name(event.ids.find((id) => name(id) !== id) ?? null)
        : whereOf(event, licenseId, kind, name),
    reference: kind === 'purchased' ? textAt(after, 'purchaseOrder') : null,
    relatedLicenseId: textAt(after, 'supersededBy'),
    changes: touched.flatMap((id) => changesOf(event.before[id], event.after[id], name)),
    refusal: event.refusal ? { code: event.refusal.code, message: event.refusal.message } : null,
  };
}
