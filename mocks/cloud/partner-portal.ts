import {
  createCustomerBodySchema,
  ORDER_LIMITS,
  type CreateCustomerBody,
  type OrderLicensesBody,
  type CustomerInventoryLicense,
  type CustomerInventoryStatus,
  type MaintenanceFile,
  type MyInventoryLicense,
  type Partner,
  type PartnerCustomer,
  type PartnerInventory,
  type PartnerTransferResult,
} from '@/api/contract/partner-portal';
import { daysBetween } from '@/domain/dates';
import { licenseStatus } from '@/domain/licenses';
import { maintenanceBuyableUntil } from '@/domain/requirements';
import { expiryOf } from './cms-licenses';
import { CloudError } from './errors';
import { issueOfflineFile } from './license-files';
import type { CloudState, CustomerRecord, LicenseRecord, PartnerRecord } from './state';

export function listPartners(state: CloudState): Partner[] {
  return state.partners.map(({ id, name }) => ({ id, name }));
}

/** PP-1 (simulated): a sign-in names the partner. */
export function findPartner(state: CloudState, partnerId: string): PartnerRecord {
  const partner = state.partners.find((p) => p.id === partnerId);
  if (!partner) throw new CloudError(404, 'partner_not_found', 'No such partner.');
  return partner;
}

const customerView = (c: CustomerRecord): PartnerCustomer => ({
  id: c.id,
  name: c.name,
  contactEmails: [...c.contactEmails],
});

export function listPartnerCustomers(state: CloudState, partner: PartnerRecord): PartnerCustomer[] {
  return state.customers
    .filter((c) => c.partnerId === partner.id)
    .map(customerView)
    .sort((a, b) => a.name.localeCompare(b.name));
}

const baseView = (l: LicenseRecord): MyInventoryLicense => ({
  licenseId: l.id,
  kind: l.kind,
  deviceCount: l.deviceCount,
  termYears: l.termYears,
  purchaseOrder: l.purchaseOrder,
  purchaseDate: l.purchaseDate,
});

/** SS-72: while it is still open, the last day to buy annual maintenance after an upgrade. */
function buyableUntil(license: LicenseRecord, today: string): string | null {
  if (!license.upgradeUse) return null;
  const until = maintenanceBuyableUntil(license.upgradeUse);
  return daysBetween(today, until) >= 0 ? until : null;
}

/** PP-10: replaced first, then the maintenance clock's verdict, then where the license is. */
function inventoryStatus(
  license: LicenseRecord,
  expiryDate: string | null,
  today: string,
): CustomerInventoryStatus {
  if (license.supersededBy) return 'replaced';
  const status = licenseStatus({ expiryDate, upgradeUse: license.upgradeUse }, today);
  if (status.state !== 'active') return status.state;
  return license.activation ? 'active' : 'in-cloud';
}

/** PP-1, PP-5: what the partner holds, and what went to its customers (originals with lineage). */
export function partnerInventory(state: CloudState, partner: PartnerRecord): PartnerInventory {
  const own = state.licenses.filter((l) => l.partnerId === partner.id);
  const byId = new Map(state.licenses.map((l) => [l.id, l]));
  const customers = new Map(state.customers.map((c) => [c.id, c]));
  const myInventory = own
    .filter((l) => l.customerId === null && l.supersededBy === null)
    .map(baseView);
  const customerInventory: CustomerInventoryLicense[] = [];
  for (const license of own) {
    // An original carries its successor's customer and transfer date (lineage).
    let holder: LicenseRecord | undefined = license;
    if (license.customerId === null) {
      holder = license.supersededBy ? byId.get(license.supersededBy) : undefined;
      while (holder && holder.customerId === null && holder.supersededBy)
        holder = byId.get(holder.supersededBy);
    }
    const customer = holder?.customerId ? customers.get(holder.customerId) : undefined;
    if (!holder || !customer) continue;
    const controllerId = license.activation?.segmentControllerId;
    const controller = controllerId
      ? state.segmentControllers.find((c) => c.id === controllerId)
      : undefined;
    const expiryDate = expiryOf(license);
    customerInventory.push({
      ...baseView(license),
      customerId: customer.id,
      customerName: customer.name,
      transferDate: holder.transferDate,
      activatedOn: controller?.name ?? license.remoteCms?.cmsName ?? null,
      activatedOnInstallCode: controller?.installCode ?? null,
      status: inventoryStatus(license, expiryDate, state.today),
      expiryDate,
      supersededBy: license.supersededBy,
      upgradeUse: license.upgradeUse,
      maintenanceBuyableUntil: buyableUntil(license, state.today),
    });
  }
  return { myInventory, customerInventory };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** PP-2: a customer with a name unique for this partner and 1–10 contact e-mails. */
export function createCustomer(
  state: CloudState,
  partner: PartnerRecord,
  body: CreateCustomerBody,
  newId: () => string = () => crypto.randomUUID(),
): PartnerCustomer {
  const { name, contactEmails } = validCustomer(state, partner, body, null);
  const customer: CustomerRecord = {
    id: newId().toLowerCase(),
    partnerId: partner.id,
    name,
    contactEmails,
  };
  state.customers.push(customer);
  return customerView(customer);
}

/** PP-2, PP-8: a name unique among this partner's other customers and 1–10 contact e-mails. */
function validCustomer(
  state: CloudState,
  partner: PartnerRecord,
  body: CreateCustomerBody,
  editedId: string | null,
): CreateCustomerBody {
  const parsed = createCustomerBodySchema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]),
    );
    throw new CloudError(
      400,
      'validation_failed',
      parsed.error.issues[0]?.message ?? 'Invalid customer.',
      { fields },
    );
  }
  const { name, contactEmails } = parsed.data;
  const taken = state.customers.some(
    (c) => c.partnerId === partner.id && c.id !== editedId && sameName(c.name, name),
  );
  if (taken) {
    const message = `You already have a customer named ${name}.`;
    throw new CloudError(409, 'customer_name_taken', message, { fields: { name: message } });
  }
  return { name, contactEmails: [...new Set(contactEmails.map((e) => e.toLowerCase()))] };
}

/** PP-8: a new name or contact e-mails; the Customer ID stays, so segment controllers keep it. */
export function updateCustomer(
  state: CloudState,
  partner: PartnerRecord,
  { customerId, ...body }: CreateCustomerBody & { customerId: string },
): PartnerCustomer {
  const customer = ownCustomer(state, partner, customerId);
  const { name, contactEmails } = validCustomer(state, partner, body, customer.id);
  customer.name = name;
  customer.contactEmails = contactEmails;
  return customerView(customer);
}

/** PP-8: only an account that holds no licenses goes; one that does is refused with how many. */
export function deleteCustomer(
  state: CloudState,
  partner: PartnerRecord,
  customerId: string,
): void {
  const customer = ownCustomer(state, partner, customerId);
  const held = state.licenses.filter((l) => l.customerId === customer.id && !l.supersededBy);
  if (held.length > 0) {
    const message = `${customer.name} holds ${held.length === 1 ? '1 license' : `${held.length} licenses`}, so it cannot be deleted. An account is deleted only when it holds none.`;
    throw new CloudError(409, 'customer_holds_licenses', message, {
      name: customer.name,
      count: held.length,
    });
  }
  state.customers = state.customers.filter((c) => c.id !== customer.id);
}

function ownCustomer(state: CloudState, partner: PartnerRecord, id: string): CustomerRecord {
  const customer = state.customers.find((c) => c.id === id);
  if (!customer) throw new CloudError(404, 'customer_not_found', 'No such customer.');
  if (customer.partnerId !== partner.id)
    throw new CloudError(403, 'customer_not_yours', 'This customer belongs to another partner.');
  return customer;
}

function ownLicense(state: CloudState, partner: PartnerRecord, id: string): LicenseRecord {
  const license = state.licenses.find((l) => l.id === id);
  if (!license) throw new CloudError(404, 'license_not_found', `No license ${id} in the cloud.`);
  if (license.partnerId !== partner.id)
    throw new CloudError(403, 'license_not_yours', `License ${id} belongs to another partner.`);
  return license;
}

/** PP-4, PP-5: every license moves under a new License ID; the original is frozen, all or nothing. */
export function transferToCustomer(
  state: CloudState,
  partner: PartnerRecord,
  { licenseIds, customerId }: { licenseIds: string[]; customerId: string },
  newId: () => string = () => crypto.randomUUID(),
): PartnerTransferResult {
  const customer = ownCustomer(state, partner, customerId);
  if (licenseIds.length === 0)
    throw new CloudError(400, 'no_licenses', 'Choose at least one license.');
  const originals = [...new Set(licenseIds)].map((id) => ownLicense(state, partner, id));
  for (const original of originals) {
    if (original.supersededBy) {
      throw new CloudError(
        409,
        'license_superseded',
        `License ${original.id} was replaced by ${original.supersededBy} and cannot be transferred again.`,
        { licenseId: original.id, supersededBy: original.supersededBy },
      );
    }
    if (original.customerId !== null || original.activation !== null) {
      throw new CloudError(
        409,
        'license_not_in_inventory',
        `License ${original.id} is not in My Inventory.`,
        { licenseId: original.id },
      );
    }
  }
  const transfers = originals.map((original) => {
    const successor: LicenseRecord = {
      ...original,
      id: newId().toLowerCase(),
      customerId: customer.id,
      transferDate: state.today,
      supersededBy: null,
      activation: null,
    };
    state.licenses.push(successor);
    original.supersededBy = successor.id;
    return { fromLicenseId: original.id, toLicenseId: successor.id };
  });
  return { customerId: customer.id, transferDate: state.today, transfers };
}

/** PP-7: an offline file for a maintenance license of one of this partner's customers. */
export async function issueMaintenanceFile(
  state: CloudState,
  partner: PartnerRecord,
  { licenseId, installCode }: { licenseId: string; installCode: string },
): Promise<MaintenanceFile> {
  const license = ownLicense(state, partner, licenseId);
  if (license.kind !== 'maintenance')
    throw new CloudError(
      409,
      'not_maintenance',
      `License ${licenseId} is not a maintenance license.`,
    );
  const customer = license.customerId
    ? state.customers.find((c) => c.id === license.customerId)
    : undefined;
  if (!customer || customer.partnerId !== partner.id) {
    throw new CloudError(
      409,
      'not_customer_license',
      `License ${licenseId} has not been transferred to one of your customers.`,
    );
  }
  const text = await issueOfflineFile(
    state,
    { installCode, licenseIds: [license.id] },
    { kind: 'partner', partnerId: partner.id },
  );
  return { fileName: `maintenance-${license.id}-${installCode}.lic`, text };
}

/** The first thing wrong with an order, as a refusal at its field (PP-9). */
function orderProblem(body: OrderLicensesBody): CloudError | null {
  const { kind, deviceCount, termYears, quantity } = body;
  const { maxDevices, maxQuantity, terms } = ORDER_LIMITS;
  const refuse = (code: string, field: string, message: string, values: object) =>
    new CloudError(422, code, message, { ...values, fields: { [field]: message } });
  if (kind === 'remote-cms')
    return refuse(
      'order_kind',
      'kind',
      'Remote CMS licenses are sold and activated by Customer Success.',
      {},
    );
  const sized = kind === 'capacity' || kind === 'maintenance';
  if (sized && (deviceCount === null || deviceCount < 1 || deviceCount > maxDevices))
    return refuse(
      'order_device_count',
      'deviceCount',
      `Order between 1 and ${maxDevices.toLocaleString('en-US')} devices per license.`,
      { max: maxDevices },
    );
  if (!sized && deviceCount !== null && deviceCount !== 0)
    return refuse(
      'order_device_count',
      'deviceCount',
      'Core and one-time upgrade licenses have no device count.',
      { max: maxDevices },
    );
  const termOk =
    kind === 'maintenance'
      ? termYears !== null && terms.some((term) => term === termYears)
      : termYears === null;
  if (!termOk)
    return refuse(
      'order_term',
      'termYears',
      kind === 'maintenance'
        ? 'A maintenance license runs 1 or 3 years.'
        : 'Only maintenance licenses have a term.',
      {},
    );
  if (quantity < 1 || quantity > maxQuantity)
    return refuse(
      'order_quantity',
      'quantity',
      `Order between 1 and ${maxQuantity} licenses at a time.`,
      { max: maxQuantity },
    );
  return null;
}

/** PP-9 (decided): a simulated purchase; the licenses arrive in My Inventory with today's date. */
export function orderLicenses(
  state: CloudState,
  partner: PartnerRecord,
  body: OrderLicensesBody,
): { licenses: MyInventoryLicense[] } {
  const problem = orderProblem(body);
  if (problem) throw problem;
  const sized = body.kind === 'capacity' || body.kind === 'maintenance';
  const ordered: LicenseRecord[] = Array.from({ length: body.quantity }, () => ({
    id: crypto.randomUUID(),
    kind: body.kind,
    deviceCount: sized ? (body.deviceCount ?? 0) : 0,
    termYears: body.kind === 'maintenance' ? body.termYears : null,
    partnerId: partner.id,
    purchaseOrder: body.purchaseOrder.trim(),
    purchaseDate: state.today,
    customerId: null,
    transferDate: null,
    supersededBy: null,
    firstActivationDate: null,
    activation: null,
    upgradeUse: null,
    remoteCms: null,
  }));
  state.licenses.push(...ordered);
  return { licenses: ordered.map(baseView) };
}
