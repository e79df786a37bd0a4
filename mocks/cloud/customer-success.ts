import {
  REMOTE_CMS_SIZES,
  SEARCH_GROUP_LIMIT,
  type RemoteCmsBody,
  type SupportAccount,
  type SupportController,
  type SupportLicense,
  type SupportLicenseStatus,
  type SupportSearchResult,
  type SupportStaff,
} from '@/api/contract/customer-success';
import type { LicensesReturned } from '@/api/contract/segment-controllers';
import { searchKey } from '@/domain/text-input';
import { findController } from './access';
import { expiryOf } from './cms-licenses';
import { relicenseDevices } from './devices';
import { CloudError } from './errors';
import { activationInProgress, isBeingActivated } from './running-jobs';
import type {
  CloudState,
  CustomerRecord,
  LicenseRecord,
  SegmentControllerRecord,
  SupportStaffRecord,
} from './state';

/** CS-1: every Customer Success command but sign-in is for license administrators only. */
export function requireLicenseAdministrator(staff: SupportStaffRecord): SupportStaffRecord {
  if (staff.role !== 'License administrator')
    throw new CloudError(
      403,
      'license_administrator_only',
      `Only a license administrator can use the Customer Success console; you are signed in as ${staff.role}.`,
    );
  return staff;
}

export const staffView = ({ id, name, role }: SupportStaffRecord): SupportStaff => ({
  id,
  name,
  role,
});

export function findStaff(state: CloudState, staffId: string): SupportStaffRecord {
  const staff = state.supportStaff.find((s) => s.id === staffId);
  if (!staff)
    throw new CloudError(404, 'staff_not_found', 'No such Customer Success staff member.');
  return staff;
}

function supportStatus(license: LicenseRecord): SupportLicenseStatus {
  if (license.supersededBy) return 'replaced';
  if (license.upgradeUse) return 'used';
  if (license.activation) return 'activated';
  return license.customerId ? 'in-cloud' : 'unsold';
}

function licenseView(state: CloudState, license: LicenseRecord): SupportLicense {
  const customer = state.customers.find((c) => c.id === license.customerId);
  const controllerId = license.activation?.segmentControllerId;
  const controller = state.segmentControllers.find((c) => c.id === controllerId);
  return {
    licenseId: license.id,
    kind: license.kind,
    deviceCount: license.deviceCount,
    termYears: license.termYears,
    segmentControllerLimit: license.remoteCms?.segmentControllerLimit ?? null,
    status: supportStatus(license),
    partnerName: state.partners.find((p) => p.id === license.partnerId)?.name ?? '',
    purchaseOrder: license.purchaseOrder,
    customerId: customer?.id ?? null,
    customerName: customer?.name ?? null,
    supersededBy: license.supersededBy,
    replaces: state.licenses.find((l) => l.supersededBy === license.id)?.id ?? null,
    activatedOnId: controller?.id ?? null,
    activatedOnName: controller?.name ?? license.remoteCms?.cmsName ?? null,
    expiryDate: expiryOf(license),
  };
}

function controllerHit(state: CloudState, controller: SegmentControllerRecord) {
  const customer = state.customers.find((c) => c.id === controller.customerId);
  return {
    id: controller.id,
    name: controller.name,
    installCode: controller.installCode,
    online: controller.online,
    customerId: controller.customerId,
    customerName: customer?.name ?? null,
  };
}

const partnerName = (state: CloudState, partnerId: string) =>
  state.partners.find((p) => p.id === partnerId)?.name ?? '';

const accountHit = (state: CloudState, customer: CustomerRecord) => ({
  id: customer.id,
  name: customer.name,
  partnerName: partnerName(state, customer.partnerId),
});

function capped<T>(items: T[]) {
  return { items: items.slice(0, SEARCH_GROUP_LIMIT), total: items.length };
}

/** CS-1: one query over install codes, License IDs (current and replaced), accounts, POs, partners. */
export function search(state: CloudState, query: string): SupportSearchResult {
  const needle = searchKey(query);
  // Only punctuation names nothing; it must not match everything.
  const hits = (...texts: string[]) =>
    needle !== '' && texts.some((text) => searchKey(text).includes(needle));
  const partners = state.partners.filter((p) => hits(p.name));
  const partnerIds = new Set(partners.map((p) => p.id));
  const accounts = state.customers.filter((c) => hits(c.id, c.name) || partnerIds.has(c.partnerId));
  const purchaseOrders = new Map<string, LicenseRecord[]>();
  for (const license of state.licenses) {
    if (!hits(license.purchaseOrder)) continue;
    const group = purchaseOrders.get(license.purchaseOrder) ?? [];
    group.push(license);
    purchaseOrders.set(license.purchaseOrder, group);
  }
  // A replaced License ID leads to its successor, which is listed with it.
  const licenses = state.licenses.filter(
    (l) =>
      hits(l.id, l.purchaseOrder) ||
      state.licenses.some((original) => original.supersededBy === l.id && hits(original.id)),
  );
  const controllers = state.segmentControllers.filter((c) => hits(c.installCode, c.name));
  return {
    segmentControllers: capped(controllers.map((c) => controllerHit(state, c))),
    licenses: capped(licenses.map((l) => licenseView(state, l))),
    accounts: capped(accounts.map((c) => accountHit(state, c))),
    purchases: capped(
      [...purchaseOrders].map(([purchaseOrder, group]) => ({
        purchaseOrder,
        partnerName: partnerName(state, group[0]?.partnerId ?? ''),
        licenseCount: group.filter((l) => l.supersededBy === null).length,
      })),
    ),
    partners: capped(
      partners.map((p) => ({
        id: p.id,
        name: p.name,
        accountCount: state.customers.filter((c) => c.partnerId === p.id).length,
      })),
    ),
  };
}

/** CS-2: the latest return, which the CMS and the console show on that segment controller. */
export function licensesReturnedFor(
  state: CloudState,
  controllerId: string,
): LicensesReturned | null {
  const record = state.licenseReturns.findLast((r) => r.segmentControllerId === controllerId);
  return record
    ? { reference: record.reference, date: record.date, licenseIds: [...record.licenseIds] }
    : null;
}

export function controllerView(state: CloudState, controllerId: string): SupportController {
  const controller = findController(state, controllerId);
  return {
    ...controllerHit(state, controller),
    platform: controller.platform,
    softwareVersion: controller.softwareVersion,
    licenses: state.licenses
      .filter((l) => l.activation?.segmentControllerId === controller.id)
      .map((l) => licenseView(state, l)),
    licensesReturned: licensesReturnedFor(state, controller.id),
  };
}

/**
 * CS-2: Transfer licenses to cloud on a segment controller's behalf, online or not. Its capacity
 * and maintenance licenses go back to the account they were activated for (the Customer ID it
 * saved), with their maintenance clocks running on (SS-13); core and used upgrade licenses stay.
 */
export function returnLicenses(
  state: CloudState,
  staff: SupportStaffRecord,
  controllerId: string,
  reference: string,
): SupportController {
  const controller = findController(state, controllerId);
  const returning = state.licenses.filter(
    (l) =>
      l.activation?.segmentControllerId === controller.id &&
      (l.kind === 'capacity' || l.kind === 'maintenance'),
  );
  if (returning.length === 0)
    throw new CloudError(
      409,
      'nothing_to_return',
      `${controller.name} has no capacity or maintenance licenses to return.`,
    );
  const busy = returning.find((l) => isBeingActivated(state, l.id));
  if (busy) throw activationInProgress(busy.id, 'returning it to the cloud');
  for (const license of returning) {
    license.activation = null;
    license.transferDate = state.today;
  }
  relicenseDevices(state, controller.id);
  state.licenseReturns.push({
    segmentControllerId: controller.id,
    reference: reference.trim(),
    date: state.today,
    licenseIds: returning.map((l) => l.id),
    staffId: staff.id,
  });
  return controllerView(state, controller.id);
}

function findAccount(state: CloudState, customerId: string): CustomerRecord {
  const customer = state.customers.find((c) => c.id === customerId);
  if (!customer)
    throw new CloudError(
      404,
      'customer_not_found',
      `No account has the Customer ID ${customerId}.`,
      {
        fields: { customerId: `No account has the Customer ID ${customerId}.` },
      },
    );
  return customer;
}

export function accountView(state: CloudState, customerId: string): SupportAccount {
  const customer = findAccount(state, customerId);
  return {
    ...accountHit(state, customer),
    contactEmails: [...customer.contactEmails],
    segmentControllers: state.segmentControllers
      .filter((c) => c.customerId === customer.id)
      .map((c) => controllerHit(state, c)),
    licenses: state.licenses
      .filter((l) => l.customerId === customer.id)
      .map((l) => licenseView(state, l)),
  };
}

/** CS-3: a 1-year Remote CMS license, transferred to the account and activated on its CMS at once. */
export function issueRemoteCms(state: CloudState, body: RemoteCmsBody): SupportLicense {
  const customer = findAccount(state, body.customerId);
  if (!REMOTE_CMS_SIZES.some((size) => size === body.segmentControllerLimit)) {
    const message = `A Remote CMS license is for ${REMOTE_CMS_SIZES.join(', ')} segment controllers.`;
    throw new CloudError(422, 'remote_cms_size', message, {
      fields: { segmentControllerLimit: message },
    });
  }
  const reference = body.reference.trim();
  const license: LicenseRecord = {
    id: crypto.randomUUID(),
    kind: 'remote-cms',
    deviceCount: 0,
    termYears: 1,
    partnerId: customer.partnerId,
    purchaseOrder: reference,
    purchaseDate: state.today,
    customerId: customer.id,
    transferDate: state.today,
    supersededBy: null,
    firstActivationDate: state.today,
    activation: { segmentControllerId: null, activationDate: state.today, note: '' },
    upgradeUse: null,
    remoteCms: {
      segmentControllerLimit: body.segmentControllerLimit,
      cmsName: body.cmsName.trim(),
    },
  };
  state.licenses.push(license);
  return licenseView(state, license);
}
