import { z } from 'zod/mini';
import { idParams, idSchema, isoDateSchema } from './common';
import { route, type SessionApp } from './route';

/** What happened, as the History (AU-1) words it; `other` is a command it has no words for. */
const historyKindSchema = z.enum([
  'purchased',
  'transferredToCustomer',
  'activationStarted',
  'activated',
  'activatedFromFile',
  'noteChanged',
  'transferredToCloud',
  'returnedBySupport',
  'fileIssued',
  'notified',
  'expired',
  'accountChanged',
  'controllerChanged',
  // A sensor's (LM-14), from the License Manager.
  'sensorAdded',
  'licenseAssigned',
  'licenseQueued',
  'licenseStarted',
  'licenseRenewed',
  'queuedRemoved',
  'licenseExpired',
  'autoRenewalChanged',
  'other',
]);
export type HistoryKind = z.infer<typeof historyKindSchema>;

/** A license's field that an entry shows before and after; values are as people read them. */
const historyFieldSchema = z.enum([
  'customer',
  'successor',
  'segmentController',
  'activationDate',
  'clockStart',
  'note',
  'transferDate',
  // A sensor's: Auto Renewal `on` or `off`, and the end of a license it took.
  'autoRenewal',
  'licenseEnd',
]);
export type HistoryField = z.infer<typeof historyFieldSchema>;

const appSchema = z.enum(['cms', 'fleet', 'partner', 'customer', 'support'] satisfies SessionApp[]);

const historyEntrySchema = z.object({
  /** Stable within one answer: `audit-<sequence>`, or what the entry was derived from. */
  id: z.string(),
  kind: historyKindSchema,
  /** The cloud's command, e.g. `cms.transferToCloud`; null for what no command did (an expiry). */
  command: z.nullable(z.string()),
  /** The ID of the chain the entry concerns: an old ID before a partner transfer, the new one after. */
  licenseId: z.nullable(z.string()),
  /** Who did it; null when the cloud did it by itself (an expiry, an e-mail, a seeded purchase). */
  actor: z.nullable(z.object({ app: appSchema, name: z.string(), role: z.nullable(z.string()) })),
  /** The simulated day, and the wall-clock time where the cloud recorded one. */
  day: isoDateSchema,
  at: z.nullable(z.iso.datetime()),
  /** Where it happened: a segment controller, an account, or an e-mail's recipients. */
  where: z.nullable(z.string()),
  /** A purchase order, an RMA case, an e-mail's subject. */
  reference: z.nullable(z.string()),
  /** The other License ID of a transfer under a new ID (PP-4). */
  relatedLicenseId: z.nullable(z.string()),
  changes: z.array(
    z.object({
      field: historyFieldSchema,
      before: z.nullable(z.string()),
      after: z.nullable(z.string()),
    }),
  ),
  /** Why the cloud refused it; null when it was done. */
  refusal: z.nullable(z.object({ code: z.string(), message: z.string() })),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

const licenseHistorySchema = z
  .object({
    /** The chain of License IDs, oldest first; the last is the one in use now. */
    lineage: z.array(idSchema).check(z.minLength(1)),
    items: z.array(historyEntrySchema),
  })
  .register(z.globalRegistry, { id: 'LicenseHistory' });
export type LicenseHistory = z.infer<typeof licenseHistorySchema>;

const accountHistorySchema = z
  .object({ customerId: idSchema, items: z.array(historyEntrySchema) })
  .register(z.globalRegistry, { id: 'AccountHistory' });
export type AccountHistory = z.infer<typeof accountHistorySchema>;

/** A sensor's History (AU-1): what was done to it in the License Manager, and by whom. */
const sensorTrailSchema = z
  .object({ serial: z.string(), items: z.array(historyEntrySchema) })
  .register(z.globalRegistry, { id: 'SensorTrail' });
export type SensorTrail = z.infer<typeof sensorTrailSchema>;

const licenseHistory = (app: SessionApp, path: string, summary: string) =>
  route({
    operationId: `get${app[0]?.toUpperCase()}${app.slice(1)}LicenseHistory`,
    method: 'get',
    path,
    summary,
    tag: app,
    session: { app },
    params: idParams,
    response: { status: 200, schema: licenseHistorySchema },
    errors: { 404: ['license_not_found'] },
  });

/**
 * AU-1: one History per license, from each app where the license appears; any ID of its chain
 * opens the whole chain. An app that may not see the license answers 404, as for any license.
 */
export const historyRoutes = {
  cmsLicense: licenseHistory(
    'cms',
    '/cms/licenses/{id}/history',
    "A license's history, for a license this CMS holds or held",
  ),
  partnerLicense: licenseHistory(
    'partner',
    '/partner/licenses/{id}/history',
    "A license's history, for one of the partner's licenses",
  ),
  customerLicense: licenseHistory(
    'customer',
    '/customer/licenses/{id}/history',
    "A license's history, for one of the account's licenses",
  ),
  supportLicense: route({
    ...licenseHistory('support', '/support/licenses/{id}/history', "Any license's history"),
    role: 'License administrator',
    errors: { 403: ['license_administrator_only'], 404: ['license_not_found'] },
  }),
  partnerAccount: route({
    operationId: 'getPartnerAccountHistory',
    method: 'get',
    path: '/partner/customers/{id}/history',
    summary: "A customer account's history: the account and its licenses",
    tag: 'partner',
    session: { app: 'partner' },
    params: idParams,
    response: { status: 200, schema: accountHistorySchema },
    errors: { 404: ['customer_not_found'] },
  }),
  fleetSensor: route({
    operationId: 'getSensorTrail',
    method: 'get',
    path: '/fleet/sensors/{serial}/trail',
    summary:
      "A sensor's History: who added it, gave it licenses, removed them or switched Auto Renewal, refusals too",
    tag: 'fleet',
    session: { app: 'fleet' },
    role: 'Manager',
    params: z.object({ serial: z.string() }),
    response: { status: 200, schema: sensorTrailSchema },
    errors: { 403: ['fleet_role_forbidden'], 404: ['sensor_not_found'] },
  }),
  supportAccount: route({
    operationId: 'getSupportAccountHistory',
    method: 'get',
    path: '/support/accounts/{id}/history',
    summary: "A customer account's history: the account and its licenses",
    tag: 'support',
    session: { app: 'support' },
    role: 'License administrator',
    params: idParams,
    response: { status: 200, schema: accountHistorySchema },
    errors: { 403: ['license_administrator_only'], 404: ['customer_not_found'] },
  }),
};
