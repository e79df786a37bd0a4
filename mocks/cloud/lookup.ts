import {
  LOOKUP_APPS,
  LOOKUP_GROUP_LIMIT,
  LOOKUP_KINDS,
  type LookupApp,
  type LookupGroup,
  type LookupHit,
  type LookupKind,
  type LookupResult,
} from '@/api/contract/lookup';
import { searchKey } from '@/domain/text-input';
import type { SignedInApps } from './actors';
import type {
  CloudState,
  CustomerRecord,
  LicenseRecord,
  SegmentControllerRecord,
  SensorRecord,
} from './state';

/** 0 the whole key, 1 its start, 2 anywhere in it: exact IDs come first in a group. */
type Rank = 0 | 1 | 2;

function rankOf(needle: string, keys: readonly string[]): Rank | null {
  let best: Rank | null = null;
  for (const key of keys) {
    if (key === needle) return 0;
    if (key.startsWith(needle)) best = 1;
    else if (best === null && key.includes(needle)) best = 2;
  }
  return best;
}

/**
 * One group's matches: all are counted, but only the first few of each rank are kept, and a hit
 * is made only for those, so a needle that matches 100,000 sensors builds five results.
 */
class Group {
  private readonly ranked: (() => LookupHit)[][] = [[], [], []];
  /** Ids already counted; null where each record is met once (a Set of 100,000 serials costs). */
  private readonly seen: Set<string> | null;
  private total = 0;

  constructor(unique: boolean) {
    this.seen = unique ? null : new Set();
  }

  add(id: string, rank: Rank, hit: () => LookupHit): void {
    if (this.seen?.has(id)) return;
    this.seen?.add(id);
    this.total += 1;
    const bucket = this.ranked[rank];
    if (bucket && bucket.length < LOOKUP_GROUP_LIMIT) bucket.push(hit);
  }

  result(kind: LookupKind, app: LookupApp): LookupGroup | null {
    if (this.total === 0) return null;
    const items = this.ranked.flat().slice(0, LOOKUP_GROUP_LIMIT);
    return { kind, app, items: items.map((hit) => hit()), total: this.total };
  }
}

type Groups = Partial<Record<LookupKind, Group>>;

/** Licenses may be met twice (as themselves and through the ID they replaced); the rest once. */
function groupOf(groups: Groups, kind: LookupKind): Group {
  const group = groups[kind] ?? new Group(kind !== 'license');
  groups[kind] = group;
  return group;
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** AU-1: the same address with the license's History open over it (its permalink). */
function withHistory(href: string, licenseId: string): string {
  const [path = '/', search = ''] = href.split('?');
  const params = new URLSearchParams(search);
  params.set('history', licenseId);
  return `${path}?${params.toString()}`;
}

interface LicenseView {
  /** The licenses this app shows; a successor counts only when it is one of them. */
  visible: (license: LicenseRecord) => boolean;
  href: (license: LicenseRecord) => string;
  detail: (license: LicenseRecord) => string;
}

/** PP-5: the license that replaced it last (a transfer mints a new ID; a chain follows each). */
function latest(byId: Map<string, LicenseRecord>, license: LicenseRecord): LicenseRecord {
  let current = license;
  for (let step = 0; current.supersededBy && step < 100; step += 1) {
    const next = byId.get(current.supersededBy);
    if (!next) break;
    current = next;
  }
  return current;
}

/** A License ID, current or replaced, leads to the license as it is now; that one is the hit. */
function findLicenses(state: CloudState, needle: string, group: Group, view: LicenseView): void {
  const byId = new Map(state.licenses.map((l) => [l.id, l]));
  for (const license of state.licenses) {
    const rank = rankOf(needle, [searchKey(license.id)]);
    if (rank === null) continue;
    const now = latest(byId, license);
    if (!view.visible(now)) continue;
    const replaces = now === license ? null : license.id;
    group.add(now.id, rank, () => ({
      id: now.id,
      label: now.id,
      detail: view.detail(now),
      href: view.href(now),
      replaces,
      historyHref: withHistory(view.href(now), now.id),
    }));
  }
}

function findPurchaseOrders(
  licenses: readonly LicenseRecord[],
  needle: string,
  group: Group,
  open: (purchaseOrder: string, licenses: LicenseRecord[]) => { href: string; detail: string },
): void {
  const byOrder = new Map<string, LicenseRecord[]>();
  for (const license of licenses) {
    const list = byOrder.get(license.purchaseOrder) ?? [];
    list.push(license);
    byOrder.set(license.purchaseOrder, list);
  }
  for (const [purchaseOrder, list] of byOrder) {
    const rank = rankOf(needle, [searchKey(purchaseOrder)]);
    if (rank === null) continue;
    group.add(purchaseOrder, rank, () => ({
      id: purchaseOrder,
      label: purchaseOrder,
      ...open(purchaseOrder, list),
      replaces: null,
      historyHref: null,
    }));
  }
}

function findCustomers(
  customers: readonly CustomerRecord[],
  needle: string,
  group: Group,
  open: (customer: CustomerRecord) => { href: string; detail: string },
): void {
  for (const customer of customers) {
    const rank = rankOf(needle, [searchKey(customer.id), searchKey(customer.name)]);
    if (rank === null) continue;
    group.add(customer.id, rank, () => ({
      id: customer.id,
      label: customer.name,
      ...open(customer),
      replaces: null,
      historyHref: null,
    }));
  }
}

/** Segment controllers by install code or name; `href` opens one in the app that found it. */
function findControllers(
  controllers: readonly SegmentControllerRecord[],
  needle: string,
  group: Group,
  href: (controller: SegmentControllerRecord) => string,
): void {
  for (const c of controllers) {
    const rank = rankOf(needle, [searchKey(c.installCode), searchKey(c.name)]);
    if (rank === null) continue;
    group.add(c.id, rank, () => ({
      id: c.id,
      label: c.name,
      detail: c.installCode,
      href: href(c),
      replaces: null,
      historyHref: null,
    }));
  }
}

const customerName = (state: CloudState, id: string | null) =>
  state.customers.find((c) => c.id === id)?.name ?? '';

const controllerName = (state: CloudState, id: string | null | undefined) =>
  state.segmentControllers.find((c) => c.id === id)?.name ?? '';

/**
 * The CMS: its segment controllers, the licenses activated on them, those waiting in the cloud
 * for a Customer ID they saved (as Download Licenses from the Cloud lists them), and those IDs.
 */
function cmsGroups(state: CloudState, needle: string): Groups {
  const groups: Groups = {};
  const licensesOn = (segment: string | null) =>
    `/?${query(segment ? { manage: 'licenses', segment } : { manage: 'licenses' })}`;
  const saved = new Set(state.segmentControllers.flatMap((c) => c.customerId ?? []));
  const waiting = (l: LicenseRecord) =>
    l.activation === null && l.supersededBy === null && saved.has(l.customerId ?? '');
  findLicenses(state, needle, groupOf(groups, 'license'), {
    visible: (l) => l.activation !== null || waiting(l),
    href: (l) =>
      l.activation
        ? licensesOn(l.activation.segmentControllerId)
        : `/?${query({ manage: 'download' })}`,
    detail: (l) =>
      l.activation
        ? controllerName(state, l.activation.segmentControllerId)
        : customerName(state, l.customerId),
  });
  findCustomers(
    state.customers.filter((c) => saved.has(c.id)),
    needle,
    groupOf(groups, 'customer'),
    // The ID is shown with every result; the detail says where this CMS uses the account.
    (customer) => ({
      href: `/?${query({ manage: 'customer-accounts' })}`,
      detail: state.segmentControllers
        .filter((c) => c.customerId === customer.id)
        .map((c) => c.name)
        .join(', '),
    }),
  );
  findControllers(state.segmentControllers, needle, groupOf(groups, 'segmentController'), (c) =>
    licensesOn(c.id),
  );
  return groups;
}

/** PP-1, PP-3, PP-10: the partner's inventory, its customers and its purchase orders. */
function partnerGroups(state: CloudState, needle: string, partnerId: string): Groups {
  const groups: Groups = {};
  const own = state.licenses.filter((l) => l.partnerId === partnerId);
  const inventory = (q: string, sold: boolean) =>
    `/partner?${query(sold ? { tab: 'customer-inventory', q } : { q })}`;
  findLicenses(state, needle, groupOf(groups, 'license'), {
    visible: (l) => l.partnerId === partnerId,
    href: (l) => inventory(l.id, l.customerId !== null),
    detail: (l) => customerName(state, l.customerId) || l.purchaseOrder,
  });
  findCustomers(
    state.customers.filter((c) => c.partnerId === partnerId),
    needle,
    groupOf(groups, 'customer'),
    (customer) => ({
      href: inventory(customer.name, true),
      detail: customer.contactEmails.join(', '),
    }),
  );
  findPurchaseOrders(own, needle, groupOf(groups, 'purchaseOrder'), (po, licenses) => ({
    href: inventory(
      po,
      licenses.every((l) => l.customerId !== null || l.supersededBy !== null),
    ),
    detail: '',
  }));
  return groups;
}

/** CP-1: the account's own licenses (a License ID it was given before a transfer leads to them). */
function customerGroups(state: CloudState, needle: string, customer: CustomerRecord): Groups {
  const groups: Groups = {};
  findLicenses(state, needle, groupOf(groups, 'license'), {
    visible: (l) => l.customerId === customer.id && l.supersededBy === null,
    href: () => '/customer',
    detail: (l) => l.purchaseOrder,
  });
  findCustomers([customer], needle, groupOf(groups, 'customer'), () => ({
    href: '/customer',
    detail: customer.contactEmails.join(', '),
  }));
  return groups;
}

interface SensorIndex {
  readonly count: number;
  /** Per sensor, serial and name as compared, joined by a line break no needle holds. */
  readonly joined: readonly string[];
}

const sensorIndexes = new WeakMap<readonly SensorRecord[], SensorIndex>();

/**
 * Serials and names as the lookup compares them, made once per fleet: at 100,000 sensors a
 * keystroke then tests one string per sensor, not records (serials and names never change;
 * sensors are only added).
 */
function sensorIndex(sensors: readonly SensorRecord[]): SensorIndex {
  const cached = sensorIndexes.get(sensors);
  if (cached && cached.count === sensors.length) return cached;
  const index = {
    count: sensors.length,
    joined: sensors.map((s) => `${searchKey(s.serial)}\n${searchKey(s.name)}`),
  };
  sensorIndexes.set(sensors, index);
  return index;
}

/** rankOf for an index entry, without taking it apart: most sensors fail the first test. */
function sensorRank(key: string, needle: string): Rank | null {
  if (!key.includes(needle)) return null;
  const nameAt = key.indexOf('\n') + 1;
  const serialExact = nameAt - 1 === needle.length && key.startsWith(needle);
  const nameExact = key.length - nameAt === needle.length && key.startsWith(needle, nameAt);
  if (serialExact || nameExact) return 0;
  return key.startsWith(needle) || key.startsWith(needle, nameAt) ? 1 : 2;
}

/** LM-8: the organization's sensors, by serial number or name. */
function fleetGroups(state: CloudState, needle: string): Groups {
  const groups: Groups = {};
  const group = groupOf(groups, 'sensor');
  const { sensors } = state.fleet;
  const { joined } = sensorIndex(sensors);
  for (let at = 0; at < joined.length; at += 1) {
    const key = joined[at];
    const sensor = sensors[at];
    const rank = key === undefined ? null : sensorRank(key, needle);
    if (rank === null || !sensor) continue;
    group.add(sensor.serial, rank, () => ({
      id: sensor.serial,
      label: sensor.name,
      detail: sensor.location,
      href: `/fleet/sensors/${encodeURIComponent(sensor.serial)}`,
      replaces: null,
      historyHref: null,
    }));
  }
  return groups;
}

const partnerName = (state: CloudState, id: string) =>
  state.partners.find((p) => p.id === id)?.name ?? '';

/** CS-1: everything the console searches, each opened in it. */
function supportGroups(state: CloudState, needle: string): Groups {
  const groups: Groups = {};
  const console = (params: Record<string, string>) => `/support?${query(params)}`;
  findLicenses(state, needle, groupOf(groups, 'license'), {
    visible: () => true,
    href: (l) => console({ q: l.id }),
    detail: (l) => customerName(state, l.customerId) || partnerName(state, l.partnerId),
  });
  findCustomers(state.customers, needle, groupOf(groups, 'customer'), (customer) => ({
    href: console({ q: customer.id, account: customer.id }),
    detail: partnerName(state, customer.partnerId),
  }));
  findControllers(state.segmentControllers, needle, groupOf(groups, 'segmentController'), (c) =>
    console({ q: c.installCode, controller: c.id }),
  );
  findPurchaseOrders(state.licenses, needle, groupOf(groups, 'purchaseOrder'), (po, list) => ({
    href: console({ q: po }),
    detail: partnerName(state, list[0]?.partnerId ?? ''),
  }));
  const partners = groupOf(groups, 'partner');
  for (const p of state.partners) {
    const rank = rankOf(needle, [searchKey(p.name)]);
    if (rank === null) continue;
    partners.add(p.id, rank, () => ({
      id: p.id,
      label: p.name,
      detail: '',
      href: console({ q: p.name }),
      replaces: null,
      historyHref: null,
    }));
  }
  return groups;
}

/**
 * AU-2: one query in every app the caller is signed in to, each answering only what its user may
 * see there; case, spaces and punctuation do not count (as CS-1's search). Groups by app, then kind.
 */
export function lookup(state: CloudState, apps: SignedInApps, text: string): LookupResult {
  const needle = searchKey(text);
  const { cms, partner, customer, fleet, support } = apps;
  const searchers: Record<LookupApp, (() => Groups) | null> = {
    cms: cms ? () => cmsGroups(state, needle) : null,
    partner: partner ? () => partnerGroups(state, needle, partner.id) : null,
    customer: customer ? () => customerGroups(state, needle, customer) : null,
    fleet: fleet ? () => fleetGroups(state, needle) : null,
    support: support ? () => supportGroups(state, needle) : null,
  };
  const searched = LOOKUP_APPS.filter((app) => searchers[app] !== null);
  // Only punctuation names nothing; it must not match everything.
  if (needle === '') return { searched, groups: [] };
  const groups = searched.flatMap((app) => {
    const found = searchers[app]?.() ?? {};
    return LOOKUP_KINDS.flatMap((kind) => found[kind]?.result(kind, app) ?? []);
  });
  return { searched, groups };
}
