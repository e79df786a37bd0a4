import { z } from 'zod/mini';
import type {
  CapacityFile,
  CustomerLicense,
  CustomerPortalSession,
  CustomerSignInBody,
} from '@/api/contract/customer-portal';
import { installCodeSchema } from '@/api/contract/segment-controllers';
import { upperAscii } from '@/domain/text-input';
import { CloudError } from './errors';
import { issueOfflineFile } from './license-files';
import type { CloudState, CustomerFileRecord, CustomerRecord, LicenseRecord } from './state';
import { LICENSE_ID_EXAMPLE } from '@/api/contract/licenses';

const uuid = z.uuid();
const email = z.email();

const EID_FORMAT_MESSAGE = `A License ID (EID) looks like ${LICENSE_ID_EXAMPLE}.`;
const EMAIL_FORMAT_MESSAGE = 'Enter an e-mail address such as name@example.com.';
const INSTALL_CODE_FORMAT_MESSAGE =
  'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.';

const fieldError = (
  status: CloudError['status'],
  code: string,
  field: string,
  message: string,
  extra: Record<string, unknown> = {},
) => new CloudError(status, code, message, { ...extra, fields: { [field]: message } });

export function customerPortalSession(customer: CustomerRecord | null): CustomerPortalSession {
  return { customer: customer ? { id: customer.id, name: customer.name } : null };
}

function customerByEid(state: CloudState, raw: string): CustomerRecord {
  const eid = raw.trim().toLowerCase();
  if (!uuid.safeParse(eid).success) throw fieldError(400, 'invalid_eid', 'eid', EID_FORMAT_MESSAGE);
  const license = state.licenses.find((l) => l.id === eid);
  if (license?.supersededBy) {
    throw fieldError(
      409,
      'license_superseded',
      'eid',
      `License ID ${license.id} was replaced by ${license.supersededBy} when it was transferred. Sign in with ${license.supersededBy}.`,
      { licenseId: license.id, supersededBy: license.supersededBy },
    );
  }
  const customer = license?.customerId
    ? state.customers.find((c) => c.id === license.customerId)
    : undefined;
  if (!customer) {
    throw fieldError(
      404,
      'customer_not_found',
      'eid',
      'No customer has a license with this License ID (EID). Check it on your order confirmation or ask your partner.',
    );
  }
  return customer;
}

function customerByEmail(state: CloudState, raw: string): CustomerRecord {
  const address = raw.trim().toLowerCase();
  if (!email.safeParse(address).success)
    throw fieldError(400, 'invalid_email', 'email', EMAIL_FORMAT_MESSAGE);
  const customer = state.customers.find((c) =>
    c.contactEmails.some((e) => e.trim().toLowerCase() === address),
  );
  if (!customer) {
    throw fieldError(
      404,
      'customer_not_found',
      'email',
      'No customer account has this contact e-mail. Ask your partner to add it, or sign in with a License ID (EID).',
    );
  }
  return customer;
}

/** CP-1: an EID of a license transferred to a customer, or a contact e-mail a partner added. */
export function customerSigningIn(state: CloudState, body: CustomerSignInBody): CustomerRecord {
  return 'eid' in body ? customerByEid(state, body.eid) : customerByEmail(state, body.email);
}

/** CP-2: the customer's current licenses (not superseded) and where each is activated. */
export function customerLicenses(state: CloudState, customer: CustomerRecord): CustomerLicense[] {
  return state.licenses
    .filter((l) => l.customerId === customer.id && l.supersededBy === null)
    .map((l) => {
      const controller = l.activation
        ? state.segmentControllers.find((c) => c.id === l.activation?.segmentControllerId)
        : undefined;
      return {
        licenseId: l.id,
        kind: l.kind,
        deviceCount: l.deviceCount,
        termYears: l.termYears,
        transferDate: l.transferDate,
        activation: l.activation
          ? {
              segmentControllerName: controller?.name ?? 'Another segment controller',
              activationDate: l.activation.activationDate,
            }
          : null,
        files: state.customerFiles
          .filter((f) => f.customerId === customer.id && f.licenseIds.includes(l.id))
          .map(({ id, fileName, installCode, issuedOn }) => ({
            id,
            fileName,
            installCode,
            issuedOn,
          })),
      };
    });
}

function capacityLicenseOf(state: CloudState, customer: CustomerRecord, id: string): LicenseRecord {
  const license = state.licenses.find((l) => l.id === id && l.customerId === customer.id);
  if (!license)
    throw new CloudError(404, 'license_not_found', `You have no license ${id}.`, {
      licenseId: id,
    });
  if (license.supersededBy)
    throw new CloudError(
      409,
      'license_superseded',
      `License ${license.id} was replaced by ${license.supersededBy}; use the new License ID.`,
      { licenseId: license.id, supersededBy: license.supersededBy },
    );
  if (license.kind !== 'capacity')
    throw new CloudError(
      422,
      'not_capacity',
      `License ${license.id} is not a device-capacity license; only capacity licenses go into a file from this portal.`,
      { licenseId: license.id },
    );
  if (license.activation) {
    const where = state.segmentControllers.find(
      (c) => c.id === license.activation?.segmentControllerId,
    );
    throw new CloudError(
      409,
      'already_active',
      `License ${license.id} is already activated on ${where?.name ?? 'a segment controller'}.`,
      { licenseId: license.id },
    );
  }
  return license;
}

/**
 * CP-3: a signed device-capacity file for an install code. Not async: a refusal is thrown at once,
 * so the command wrapper sees it as one and records nothing. Any well-formed code is accepted: the
 * offline servers it is for are unknown to the cloud.
 */
export function createCapacityFile(
  state: CloudState,
  customer: CustomerRecord,
  { installCode: raw, licenseIds }: { installCode: string; licenseIds: string[] },
  newId: () => string = () => crypto.randomUUID(),
): Promise<CapacityFile> {
  const installCode = upperAscii(raw.trim());
  if (!installCodeSchema.safeParse(installCode).success)
    throw fieldError(400, 'invalid_install_code', 'installCode', INSTALL_CODE_FORMAT_MESSAGE);
  const ids = [...new Set(licenseIds.map((id) => id.trim().toLowerCase()))];
  if (ids.length === 0)
    throw new CloudError(400, 'no_licenses', 'Choose at least one capacity license for the file.');
  for (const id of ids) capacityLicenseOf(state, customer, id);
  const signing = issueOfflineFile(
    state,
    { installCode, licenseIds: ids },
    { kind: 'customer', customerId: customer.id },
  );
  // CP-4: recorded now, while the command runs (its audit event names it), and taken back if the
  // cloud refuses to sign after all.
  const file: CustomerFileRecord = {
    id: newId().toLowerCase(),
    customerId: customer.id,
    fileName: `${installCode}.lic`,
    installCode,
    issuedOn: state.today,
    licenseIds: ids,
  };
  state.customerFiles.push(file);
  return signing.then(
    (text) => ({ fileName: file.fileName, text }),
    (error: unknown) => {
      state.customerFiles = state.customerFiles.filter((f) => f !== file);
      throw error;
    },
  );
}
