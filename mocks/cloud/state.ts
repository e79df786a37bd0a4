import { z } from 'zod/mini';
import { activationJobSchema } from '@/api/contract/activations';
import { fleetRoleSchema, sensorEventKindSchema } from '@/api/contract/fleet';
import { licenseKindSchema, upgradeUseSchema } from '@/api/contract/licenses';
import { outboxMessageSchema } from '@/api/contract/notifications';
import { isoDateSchema } from '@/api/contract/common';
import { supportRoleSchema } from '@/api/contract/customer-success';
import { cmsRoleSchema } from '@/api/contract/session';
import { deviceStateSchema, segmentControllerSchema } from '@/api/contract/segment-controllers';
import { auditActorSchema, auditEventSchema } from './audit-event';
import { sessionAppSchema } from './session-app';

/*
 * Everything the simulated cloud knows, as zod schemas: the types the model works with are inferred
 * from them, and a saved cloud (the browser's, or `mock-server --data FILE`) is checked against the
 * same schemas before it is used (R23, R24). Strict objects: a key this version does not know means
 * the data is not what it claims to be, and is refused rather than half-loaded.
 */

const notificationSettingsRecordSchema = z.strictObject({
  recipients: z.array(z.string()),
  /** Days before expiry (0 = on the day). */
  days: z.array(z.int().check(z.nonnegative())),
  notifyOnActivation: z.boolean(),
});

/** Stored as the contract answers it (SS-62); `licenseId` is the license it is about, if any. */
export const outboxMessageRecordSchema = z.strictObject(outboxMessageSchema.shape);
export type OutboxMessageRecord = z.infer<typeof outboxMessageRecordSchema>;

const simulationSettingsSchema = z.strictObject({
  /** How long the cloud takes per license of an activation job (0: done at the next look). */
  activationMsPerLicense: z.int().check(z.nonnegative()),
});

const activationJobRecordSchema = z.strictObject({
  ...activationJobSchema.shape,
  /** Wall-clock start, so a job keeps its pace across a page reload in the dev browser. */
  startedAtMs: z.number().check(z.nonnegative()),
  /** AU-1: who pressed ACTIVATE, named by each license's activation in the audit trail. */
  startedBy: z.optional(auditActorSchema),
});
export type ActivationJobRecord = z.infer<typeof activationJobRecordSchema>;

const idempotencyRecordSchema = z.strictObject({
  fingerprint: z.string(),
  response: z.unknown(),
});

export type { SessionApp } from './session-app';

const sessionRecordSchema = z.strictObject({
  /** The token: the cookie's value and the bearer token. Random, so it cannot be guessed. */
  id: z.string(),
  app: sessionAppSchema,
  /** The CMS user, fleet user, partner or customer account the session acts as. */
  subjectId: z.string(),
  /** Wall-clock milliseconds (see sessions.ts for why not the simulated clock). */
  createdAtMs: z.number().check(z.nonnegative()),
  expiresAtMs: z.number().check(z.nonnegative()),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

const cmsUserSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: cmsRoleSchema,
});
export type CmsUser = z.infer<typeof cmsUserSchema>;

const segmentControllerRecordSchema = z.strictObject(
  z.omit(segmentControllerSchema, { devices: true, licensesReturned: true }).shape,
);
export type SegmentControllerRecord = z.infer<typeof segmentControllerRecordSchema>;

const deviceRecordSchema = z.strictObject({
  id: z.string(),
  segmentControllerId: z.string(),
  name: z.string(),
  protocol: z.enum(['LON', 'BACnet', 'Modbus', 'IOX']),
  state: deviceStateSchema,
});
export type DeviceRecord = z.infer<typeof deviceRecordSchema>;

export const licenseActivationSchema = z.strictObject({
  /** Null for a Remote CMS license, which is activated on the CMS itself (SS-74). */
  segmentControllerId: z.nullable(z.string()),
  activationDate: isoDateSchema,
  note: z.string(),
});
export type LicenseActivation = z.infer<typeof licenseActivationSchema>;

export const licenseRecordSchema = z.strictObject({
  id: z.string(),
  kind: licenseKindSchema,
  deviceCount: z.int().check(z.nonnegative()),
  termYears: z.nullable(z.int().check(z.positive())),
  partnerId: z.string(),
  purchaseOrder: z.string(),
  purchaseDate: isoDateSchema,
  /** Set once a partner transfers the license to a customer account (PP-4). */
  customerId: z.nullable(z.string()),
  /** The day it was assigned to the customer, or last returned to the cloud (SS-31). */
  transferDate: z.nullable(isoDateSchema),
  /** PP-5: the successor's ID once this license was transferred under a new ID. */
  supersededBy: z.nullable(z.string()),
  /** SS-13: the maintenance clock starts here and never restarts. */
  firstActivationDate: z.nullable(isoDateSchema),
  activation: z.nullable(licenseActivationSchema),
  /** SS-72: a one-time upgrade license once a newer-release re-image used it up. */
  upgradeUse: z.nullable(upgradeUseSchema),
  /** SS-74: what a Remote CMS license allows, and the CMS it was activated on; null otherwise. */
  remoteCms: z.nullable(
    z.strictObject({ segmentControllerLimit: z.int().check(z.positive()), cmsName: z.string() }),
  ),
});
export type LicenseRecord = z.infer<typeof licenseRecordSchema>;

const partnerRecordSchema = z.strictObject({ id: z.string(), name: z.string() });
export type PartnerRecord = z.infer<typeof partnerRecordSchema>;

export const customerRecordSchema = z.strictObject({
  /** The Customer ID a segment controller saves (SS-20). */
  id: z.string(),
  partnerId: z.string(),
  name: z.string(),
  contactEmails: z.array(z.string()),
});
export type CustomerRecord = z.infer<typeof customerRecordSchema>;

const supportStaffRecordSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: supportRoleSchema,
});
export type SupportStaffRecord = z.infer<typeof supportStaffRecordSchema>;

/** CS-2: licenses Customer Success returned to the cloud for a segment controller, and why. */
const licenseReturnRecordSchema = z.strictObject({
  segmentControllerId: z.string(),
  reference: z.string(),
  date: isoDateSchema,
  licenseIds: z.array(z.string()),
  staffId: z.string(),
});

const fleetUserRecordSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: fleetRoleSchema,
});
export type FleetUser = z.infer<typeof fleetUserRecordSchema>;

/** A license on a sensor (LM-5); its dates are fixed when it is assigned or moves up the queue. */
const sensorLicenseRecordSchema = z.strictObject({
  licenseId: z.string(),
  keyId: z.string(),
  durationMonths: z.int().check(z.positive()),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type SensorLicenseRecord = z.infer<typeof sensorLicenseRecordSchema>;

/** LM-14: one thing that happened to a sensor's licenses (sensor-events.ts records them). */
const sensorEventRecordSchema = z.strictObject({
  day: isoDateSchema,
  kind: sensorEventKindSchema,
  licenseId: z.nullable(z.string()),
  keyId: z.nullable(z.string()),
  startDate: z.nullable(isoDateSchema),
  endDate: z.nullable(isoDateSchema),
  /**
   * AU-1: the sequence of the audit event of the command that did it, which says who; absent for
   * what the cloud did by itself (a queued license starting, a renewal from the pool) and before AU-1.
   */
  audit: z.optional(z.int().check(z.positive())),
});
export type SensorEventRecord = z.infer<typeof sensorEventRecordSchema>;

export const sensorRecordSchema = z.strictObject({
  serial: z.string(),
  name: z.string(),
  location: z.string(),
  autoRenewal: z.boolean(),
  /** The running license, or the last one once expired (kept as history, LM-4); null if never licensed. */
  current: z.nullable(sensorLicenseRecordSchema),
  queue: z.array(sensorLicenseRecordSchema),
  /** LM-4: the last day a measurement was saved; frozen once the sensor is not licensed. */
  lastMeasurementAt: z.nullable(isoDateSchema),
  /** LM-11: the day Auto Renewal last took a pool license for it (a saved cloud from before: none). */
  renewedFromPool: z._default(z.nullable(isoDateSchema), null),
  /** LM-14: its license events, oldest first, the last 100 (a saved cloud from before: none). */
  events: z._default(z.array(sensorEventRecordSchema), []),
});
export type SensorRecord = z.infer<typeof sensorRecordSchema>;

const licenseKeyRecordSchema = z.strictObject({
  /** `LK-3F9A-22C1` */
  id: z.string(),
  durationMonths: z.int().check(z.positive()),
  /** Every license the key's activation code yielded. */
  licenseIds: z.array(z.string()),
});
export type LicenseKeyRecord = z.infer<typeof licenseKeyRecordSchema>;

const poolLicenseRecordSchema = z.strictObject({
  id: z.string(),
  keyId: z.string(),
  durationMonths: z.int().check(z.positive()),
});
export type PoolLicenseRecord = z.infer<typeof poolLicenseRecordSchema>;

const activationCodeRecordSchema = z.strictObject({
  code: z.string(),
  licenses: z.int().check(z.positive()),
  durationMonths: z.int().check(z.positive()),
  usedAt: z.nullable(isoDateSchema),
});

export const fleetStateSchema = z.strictObject({
  users: z.array(fleetUserRecordSchema),
  sensors: z.array(sensorRecordSchema),
  keys: z.array(licenseKeyRecordSchema),
  /** Unassigned licenses, oldest first (LM-6 auto-renewal takes the first). */
  pool: z.array(poolLicenseRecordSchema),
  activationCodes: z.array(activationCodeRecordSchema),
  /** LM-7: fleet users who receive expiry e-mails. */
  expiryRecipientIds: z.array(z.string()),
});
export type FleetState = z.infer<typeof fleetStateSchema>;

/** CP-4: an offline capacity file the customer portal issued, kept so the customer sees it again. */
const customerFileRecordSchema = z.strictObject({
  id: z.string(),
  customerId: z.string(),
  fileName: z.string(),
  installCode: z.string(),
  issuedOn: isoDateSchema,
  licenseIds: z.array(z.string()),
});
export type CustomerFileRecord = z.infer<typeof customerFileRecordSchema>;

/** Everything the simulated cloud knows. Plain data, so it can be cloned, persisted and reset. */
export const cloudStateSchema = z.strictObject({
  today: isoDateSchema,
  users: z.array(cmsUserSchema),
  segmentControllers: z.array(segmentControllerRecordSchema),
  devices: z.array(deviceRecordSchema),
  licenses: z.array(licenseRecordSchema),
  partners: z.array(partnerRecordSchema),
  customers: z.array(customerRecordSchema),
  activationJobs: z.array(activationJobRecordSchema),
  /** R20: every live session, by its token; each client (cookie or bearer) holds its own. */
  sessions: z.record(z.string(), sessionRecordSchema),
  /**
   * The sessions of the one client of an in-page, test or story cloud, which sends no credentials
   * (see sessions.ts): per app, its session's token; null once signed out; absent while it has
   * never signed in (it is then the app's first user, as the seed has always had it).
   */
  localClient: z.strictObject({
    cms: z.optional(z.nullable(z.string())),
    fleet: z.optional(z.nullable(z.string())),
    partner: z.optional(z.nullable(z.string())),
    customer: z.optional(z.nullable(z.string())),
    support: z.optional(z.nullable(z.string())),
  }),
  /** SS-51: offline activation files are usable once; the IDs of the files already used. */
  usedOfflineFileIds: z.array(z.string()),
  /** CP-4: the capacity files each customer was issued (a saved cloud from before has none). */
  customerFiles: z._default(z.array(customerFileRecordSchema), []),
  /** SS-60: who is told about maintenance expiry, and when. */
  notificationSettings: notificationSettingsRecordSchema,
  /** SS-62: every e-mail the simulated cloud sent, oldest first. */
  outbox: z.array(outboxMessageRecordSchema),
  /** CS-1: EnOcean's Customer Success staff. */
  supportStaff: z.array(supportStaffRecordSchema),
  /** CS-2: every RMA / offline transfer Customer Success made, oldest first. */
  licenseReturns: z.array(licenseReturnRecordSchema),
  /** LM-1 … LM-7: the sensor-fleet organization of the License Manager. */
  fleet: fleetStateSchema,
  /** First answers to commands, by route, caller and Idempotency-Key, so a replay gets the same answer. */
  idempotency: z.record(z.string(), idempotencyRecordSchema),
  settings: simulationSettingsSchema,
  /** Every accepted write, oldest first; only the newest AUDIT_KEPT_EVENTS stay (audit.ts). */
  audit: z.array(auditEventSchema),
});
export type CloudState = z.infer<typeof cloudStateSchema>;
