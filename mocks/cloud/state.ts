import type { IsoDate } from '@/domain/dates';
import type { LicenseKind } from '@/domain/licenses';
import type { CmsRole } from '@/api/session';
import type { DeviceState, SegmentController } from '@/api/segment-controllers';
import type { ActivationJob } from '@/api/activations';
import type { FleetRole } from '@/api/fleet-schemas';

/** Everything the simulated cloud knows. Plain data, so it can be cloned, persisted and reset. */
export interface CloudState {
  today: IsoDate;
  users: CmsUser[];
  segmentControllers: SegmentControllerRecord[];
  devices: DeviceRecord[];
  licenses: LicenseRecord[];
  partners: PartnerRecord[];
  customers: CustomerRecord[];
  activationJobs: ActivationJobRecord[];
  /** R20: every live session, by its token; each client (cookie or bearer) holds its own. */
  sessions: Record<string, SessionRecord>;
  /**
   * The sessions of the one client of an in-page, test or story cloud, which sends no credentials
   * (see sessions.ts): per app, its session's token; null once signed out; absent while it has
   * never signed in (it is then the app's first user, as the seed has always had it).
   */
  localClient: Partial<Record<SessionApp, string | null>>;
  /** SS-51: offline activation files are usable once; the IDs of the files already used. */
  usedOfflineFileIds: string[];
  /** SS-60: who is told about maintenance expiry, and when. */
  notificationSettings: NotificationSettingsRecord;
  /** SS-62: every e-mail the simulated cloud sent, oldest first. */
  outbox: OutboxMessageRecord[];
  /** LM-1 … LM-7: the sensor-fleet organisation of the License Manager. */
  fleet: FleetState;
  /** First answers to commands, by route, caller and Idempotency-Key, so a replay gets the same answer. */
  idempotency: Record<string, IdempotencyRecord>;
  settings: SimulationSettings;
}

export interface NotificationSettingsRecord {
  recipients: string[];
  /** Days before expiry (0 = on the day). */
  days: number[];
  notifyOnActivation: boolean;
}

export interface OutboxMessageRecord {
  id: string;
  sentOn: IsoDate;
  recipients: string[];
  subject: string;
  body: string;
  /** The licence the message is about, if any. */
  licenseId: string | null;
}

export interface SimulationSettings {
  /** How long the cloud takes per licence of an activation job (0: done at the next look). */
  activationMsPerLicense: number;
}

export interface ActivationJobRecord extends ActivationJob {
  /** Wall-clock start, so a job keeps its pace across a page reload in the dev browser. */
  startedAtMs: number;
}

/** The four apps a client signs in to, each with its own session (and cookie). */
export type SessionApp = 'cms' | 'fleet' | 'partner' | 'customer';

export interface SessionRecord {
  /** The token: the cookie's value and the bearer token. Random, so it cannot be guessed. */
  id: string;
  app: SessionApp;
  /** The CMS user, fleet user, partner or customer account the session acts as. */
  subjectId: string;
  /** Wall-clock milliseconds (see sessions.ts for why not the simulated clock). */
  createdAtMs: number;
  expiresAtMs: number;
}

export interface IdempotencyRecord {
  fingerprint: string;
  response: unknown;
}

export interface CmsUser {
  id: string;
  name: string;
  email: string;
  role: CmsRole;
}

export type SegmentControllerRecord = Omit<SegmentController, 'devices'>;

export interface DeviceRecord {
  id: string;
  segmentControllerId: string;
  name: string;
  protocol: 'LON' | 'BACnet' | 'Modbus' | 'IOX';
  state: DeviceState;
}

export interface LicenseActivation {
  segmentControllerId: string;
  activationDate: IsoDate;
  note: string;
}

export interface LicenseRecord {
  id: string;
  kind: LicenseKind;
  deviceCount: number;
  termYears: number | null;
  partnerId: string;
  purchaseOrder: string;
  purchaseDate: IsoDate;
  /** Set once a partner transfers the licence to a customer account (PP-4). */
  customerId: string | null;
  /** The day it was assigned to the customer, or last returned to the cloud (SS-31). */
  transferDate: IsoDate | null;
  /** PP-5: the successor's ID once this licence was transferred under a new ID. */
  supersededBy: string | null;
  /** SS-13: the maintenance clock starts here and never restarts. */
  firstActivationDate: IsoDate | null;
  activation: LicenseActivation | null;
}

export interface PartnerRecord {
  id: string;
  name: string;
}

export interface CustomerRecord {
  /** The Customer ID a segment controller saves (SS-20). */
  id: string;
  partnerId: string;
  name: string;
  contactEmails: string[];
}

export interface FleetUser {
  id: string;
  name: string;
  email: string;
  role: FleetRole;
}

/** A licence on a sensor (LM-5); its dates are fixed when it is assigned or moves up the queue. */
export interface SensorLicenseRecord {
  licenseId: string;
  keyId: string;
  durationMonths: number;
  startDate: IsoDate;
  endDate: IsoDate;
}

export interface SensorRecord {
  serial: string;
  name: string;
  location: string;
  autoRenewal: boolean;
  /** The running licence, or the last one once expired (kept as history, LM-4); null if never licensed. */
  current: SensorLicenseRecord | null;
  queue: SensorLicenseRecord[];
  /** LM-4: the last day a measurement was saved; frozen once the sensor is not licensed. */
  lastMeasurementAt: IsoDate | null;
}

export interface LicenseKeyRecord {
  /** `LK-3F9A-22C1` */
  id: string;
  durationMonths: number;
  /** Every licence the key's activation code yielded. */
  licenseIds: string[];
}

export interface PoolLicenseRecord {
  id: string;
  keyId: string;
  durationMonths: number;
}

export interface ActivationCodeRecord {
  code: string;
  licenses: number;
  durationMonths: number;
  usedAt: IsoDate | null;
}

export interface FleetState {
  users: FleetUser[];
  sensors: SensorRecord[];
  keys: LicenseKeyRecord[];
  /** Unassigned licences, oldest first (LM-6 auto-renewal takes the first). */
  pool: PoolLicenseRecord[];
  activationCodes: ActivationCodeRecord[];
  /** LM-7: fleet users who receive expiry e-mails. */
  expiryRecipientIds: string[];
}
