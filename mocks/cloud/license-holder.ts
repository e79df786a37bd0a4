import type { ErrorBody } from '@/api/contract/common';
import { CloudError } from './errors';
import type { CloudState, LicenseRecord } from './state';

/**
 * Who asks for an offline file. Only the side that holds a license may put it in a file (R21):
 * the customer it was transferred to (CP-3), that customer's partner (PP-7, which stands in for
 * Customer Success in this app, SS-52), or Customer Success (CS-4; the simulation's
 * `POST /api/dev/license-files` stands in for it).
 */
export type FileIssuer =
  | { kind: 'customer'; customerId: string }
  | { kind: 'partner'; partnerId: string }
  | { kind: 'customer-success' };

export const CUSTOMER_SUCCESS: FileIssuer = { kind: 'customer-success' };

/**
 * PP-1, PP-4: a license no customer holds is still in its partner's My Inventory. It is never
 * activated, online or from a file, and never put in a file: the partner transfers it first.
 */
export function unsoldProblem(state: CloudState, license: LicenseRecord): ErrorBody | null {
  if (license.customerId !== null && state.customers.some((c) => c.id === license.customerId))
    return null;
  return {
    code: 'license_not_sold',
    message: `License ${license.id} has not been transferred to a customer: it is still in a partner’s My Inventory, so it cannot be activated or put in a license file. The partner transfers it to a customer account first.`,
    details: { licenseId: license.id },
  };
}

/** 403 when the issuer does not hold the license (another customer's, another partner's). */
export function issuerRefusal(
  state: CloudState,
  license: LicenseRecord,
  issuer: FileIssuer,
): CloudError | null {
  const notYours = (whose: string) =>
    new CloudError(403, 'license_not_yours', `License ${license.id} belongs to ${whose}.`, {
      licenseId: license.id,
    });
  if (issuer.kind === 'customer' && license.customerId !== issuer.customerId)
    return notYours('another customer');
  if (issuer.kind === 'partner') {
    if (license.partnerId !== issuer.partnerId) return notYours('another partner');
    const holder = state.customers.find((c) => c.id === license.customerId);
    if (holder && holder.partnerId !== issuer.partnerId)
      return notYours('a customer of another partner');
  }
  return null;
}

/** A file goes onto one segment controller, which takes the licenses of one Customer ID (SS-35). */
export function severalCustomersRefusal(licenses: readonly LicenseRecord[]): CloudError | null {
  const holders = new Set(licenses.map((l) => l.customerId));
  if (holders.size <= 1) return null;
  return new CloudError(
    409,
    'several_customers',
    'These licenses belong to different customers; a license file holds the licenses of one customer. Make one file per customer.',
  );
}
