import type { ActivationJob, ActivationTarget } from '@/api/activations';
import type { AdvanceClockBody, Clock } from '@/api/clock';
import type { CloudLicense } from '@/api/cloud-licenses';
import type { Device } from '@/api/devices';
import type {
  NotificationSettings,
  OutboxMessage,
  SaveNotificationSettingsBody,
} from '@/api/notifications';
import type { ActivatedLicense } from '@/api/licenses';
import type { SegmentController } from '@/api/segment-controllers';
import type { CmsRole, Session } from '@/api/session';
import type { LicenseFileActivation, LicenseFilePreview } from '@/api/license-files';
import type { TransferResult } from '@/api/transfers';
import { currentUser, requireOwner } from './access';
import { advanceJobs, listActivationJobs, startActivationJob } from './activation-jobs';
import { advanceClock } from './clock';
import {
  listActivatedLicenses,
  listCloudLicenses,
  transferToCloud,
  updateNote,
} from './cms-licenses';
import { saveCustomerId } from './customer-accounts';
import { listDevices, provisionDevices } from './devices';
import { CloudError } from './errors';
import { idempotent } from './idempotency';
import {
  applyOfflineFile,
  issueOfflineFile,
  previewOfflineFile,
  readOfflineFile,
} from './license-files';
import { CUSTOMER_SUCCESS } from './license-holder';
import { getNotificationSettings, listOutbox, saveNotificationSettings } from './notifications';
import * as fleet from './fleet';
import * as fleetQuery from './fleet-query';
import type {
  ExpiryRecipients,
  FleetRole,
  FleetOverview,
  FleetSession,
  LicensesLeft,
  RedeemResult,
  Sensor,
  SensorPage,
  SensorQuery,
} from '@/api/fleet-schemas';
import type { CloudState } from './state';
import {
  createCapacityFile,
  customerLicenses,
  customerPortalSession,
  signInCustomer,
  signOutCustomer,
} from './customer-portal';
import type {
  CapacityFile,
  CustomerLicense,
  CustomerPortalSession,
  CustomerSignInBody,
} from '@/api/customer-portal';
import {
  createCustomer,
  issueMaintenanceFile,
  listPartnerCustomers,
  listPartners,
  partnerInventory,
  requirePartner,
  signInPartner,
  transferToCustomer,
} from './partner-portal';
import type {
  CreateCustomerBody,
  MaintenanceFile,
  Partner,
  PartnerCustomer,
  PartnerInventory,
  PartnerSession,
  PartnerTransferResult,
} from '@/api/partner-portal';

/**
 * The simulated licensing cloud: one CloudState and every rule of the spec. Handlers call these
 * methods; each checks who may call it, enforces the rules and throws a CloudError when it refuses.
 */
export class CloudModel {
  readonly state: CloudState;
  private readonly now: () => number;

  constructor(state: CloudState, now: () => number = Date.now) {
    this.state = state;
    this.now = now;
  }

  session(): Session {
    return { user: currentUser(this.state) };
  }

  /** Simulated sign-in: the session becomes the seed's first user of that CMS user type. */
  signInAs(role: CmsRole): Session {
    const user = this.state.users.find((u) => u.role === role);
    if (!user) throw new CloudError(404, 'user_not_found', `No ${role} user in this CMS.`);
    this.state.sessionUserId = user.id;
    return { user };
  }

  /** R12: both sessions (CMS and License Manager) end, as when a sign-in times out. */
  expireSessions(): void {
    this.state.sessionUserId = '';
    this.state.fleet.sessionUserId = '';
  }

  clock(): Clock {
    return { today: this.state.today, timeZone: 'UTC' };
  }

  /** MC-2: a simulation control, open to every signed-in user. */
  advanceClock(body: AdvanceClockBody): Clock {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    advanceClock(this.state, body);
    return this.clock();
  }

  /** Every CMS user may read what the License Status display shows (SS-1, SS-3). */
  listSegmentControllers(): SegmentController[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return this.state.segmentControllers.map((controller) => {
      const devices = { provisioned: 0, unprovisioned: 0, unlicensed: 0 };
      for (const device of this.state.devices) {
        if (device.segmentControllerId === controller.id) devices[device.state] += 1;
      }
      return { ...controller, devices };
    });
  }

  listActivatedLicenses(): ActivatedLicense[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return listActivatedLicenses(this.state);
  }

  listDevices(): Device[] {
    currentUser(this.state);
    advanceJobs(this.state, this.now());
    return listDevices(this.state);
  }

  updateNote(licenseId: string, note: string): ActivatedLicense {
    requireOwner(this.state);
    return updateNote(this.state, licenseId, note);
  }

  saveCustomerId(segmentControllerId: string, customerId: string | null): SegmentController {
    requireOwner(this.state);
    const saved = saveCustomerId(this.state, segmentControllerId, customerId);
    const withDevices = this.listSegmentControllers().find((c) => c.id === saved.id);
    if (!withDevices)
      throw new CloudError(404, 'segment_controller_not_found', 'No such segment controller.');
    return withDevices;
  }

  listCloudLicenses(): CloudLicense[] {
    requireOwner(this.state);
    advanceJobs(this.state, this.now());
    return listCloudLicenses(this.state);
  }

  startActivation(items: ActivationTarget[], idempotencyKey: string | null): ActivationJob {
    requireOwner(this.state);
    return idempotent(this.state, 'activation', idempotencyKey, items, () =>
      startActivationJob(this.state, items, this.now()),
    );
  }

  listActivationJobs(): ActivationJob[] {
    requireOwner(this.state);
    return listActivationJobs(this.state, this.now());
  }

  transferToCloud(licenseIds: string[], idempotencyKey: string | null): TransferResult {
    requireOwner(this.state);
    // A job that has finished by now must count: its licences are activated, not "being activated".
    advanceJobs(this.state, this.now());
    return idempotent(this.state, 'transfer', idempotencyKey, licenseIds, () =>
      transferToCloud(this.state, licenseIds),
    );
  }

  provisionDevices(
    segmentControllerId: string,
    deviceIds: string[] | null,
  ): { provisioned: number } {
    requireOwner(this.state);
    return { provisioned: provisionDevices(this.state, segmentControllerId, deviceIds) };
  }

  /** CS-4, as Customer Success: only licences a customer holds (R21); the portals have their own. */
  issueOfflineFile(request: { installCode: string; licenseIds: string[] }): Promise<string> {
    return issueOfflineFile(this.state, request, CUSTOMER_SUCCESS);
  }

  previewOfflineFile(
    text: string,
    segmentControllerId: string | null,
  ): Promise<LicenseFilePreview> {
    requireOwner(this.state);
    advanceJobs(this.state, this.now());
    return previewOfflineFile(this.state, text, segmentControllerId);
  }

  /** SS-50: the file is verified first; a replayed key then gets the first answer (R7). */
  async activateOfflineFile(
    request: { text: string; segmentControllerId: string },
    idempotencyKey: string | null,
  ): Promise<LicenseFileActivation> {
    requireOwner(this.state);
    const file = await readOfflineFile(request.text);
    advanceJobs(this.state, this.now());
    const fingerprint = { fileId: file.payload.fileId, target: request.segmentControllerId };
    return idempotent(this.state, 'offline-file', idempotencyKey, fingerprint, () =>
      applyOfflineFile(this.state, file, request.segmentControllerId),
    );
  }

  /** SS-60: who is told about maintenance expiry; Owner only (SS-1). */
  notificationSettings(): NotificationSettings {
    requireOwner(this.state);
    return getNotificationSettings(this.state);
  }

  saveNotificationSettings(body: SaveNotificationSettingsBody): NotificationSettings {
    requireOwner(this.state);
    return saveNotificationSettings(this.state, body);
  }

  /** SS-62: the e-mails the simulated cloud sent, newest first. */
  listOutbox(): OutboxMessage[] {
    requireOwner(this.state);
    advanceJobs(this.state, this.now());
    return listOutbox(this.state);
  }

  /** PP-1: the partners a simulated sign-in can choose from. */
  listPartners(): Partner[] {
    return listPartners(this.state);
  }

  partnerSession(): PartnerSession {
    const partner = this.state.partners.find((p) => p.id === this.state.partnerSessionId);
    return { partner: partner ? { id: partner.id, name: partner.name } : null };
  }

  signInPartner(partnerId: string): PartnerSession {
    return { partner: signInPartner(this.state, partnerId) };
  }

  signOutPartner(): PartnerSession {
    this.state.partnerSessionId = null;
    return { partner: null };
  }

  /** PP-1, PP-5. */
  partnerInventory(): PartnerInventory {
    advanceJobs(this.state, this.now());
    return partnerInventory(this.state);
  }

  /** PP-2. */
  partnerCustomers(): PartnerCustomer[] {
    return listPartnerCustomers(this.state);
  }

  createCustomer(body: CreateCustomerBody, idempotencyKey: string | null = null): PartnerCustomer {
    requirePartner(this.state);
    return idempotent(this.state, 'partner-customer', idempotencyKey, body, () =>
      createCustomer(this.state, body),
    );
  }

  /** PP-4, PP-5. */
  transferToCustomer(
    request: { licenseIds: string[]; customerId: string },
    idempotencyKey: string | null = null,
  ): PartnerTransferResult {
    requirePartner(this.state);
    advanceJobs(this.state, this.now());
    return idempotent(this.state, 'partner-transfer', idempotencyKey, request, () =>
      transferToCustomer(this.state, request),
    );
  }

  /** PP-7. */
  issueMaintenanceFile(request: {
    licenseId: string;
    installCode: string;
  }): Promise<MaintenanceFile> {
    advanceJobs(this.state, this.now());
    return issueMaintenanceFile(this.state, request);
  }

  /** CP-1: the customer signed in to the License Customer Portal, if any. */
  customerPortalSession(): CustomerPortalSession {
    return customerPortalSession(this.state);
  }

  /** CP-1: by a License ID (EID) of a transferred licence, or by a contact e-mail. */
  signInCustomer(body: CustomerSignInBody): CustomerPortalSession {
    return signInCustomer(this.state, body);
  }

  signOutCustomer(): CustomerPortalSession {
    return signOutCustomer(this.state);
  }

  /** CP-2: the signed-in customer's licences and where each is activated. */
  customerLicenses(): CustomerLicense[] {
    advanceJobs(this.state, this.now());
    return customerLicenses(this.state);
  }

  /** CP-3: a device-capacity offline activation file for an install code. */
  createCapacityFile(request: {
    installCode: string;
    licenseIds: string[];
  }): Promise<CapacityFile> {
    advanceJobs(this.state, this.now());
    return createCapacityFile(this.state, request);
  }

  /** LM-1: every fleet user may ask; `canManage` and `reason` tell an Analyst why not. */
  fleetSession(): FleetSession {
    return fleet.fleetSession(this.state);
  }

  /** Simulated sign-in to the License Manager as the organisation's first user of a role. */
  signInFleetAs(role: FleetRole): FleetSession {
    return fleet.signInFleetAs(this.state, role);
  }

  /** Every sensor with its computed status and days left (model tests; the API pages). */
  listSensors(): Sensor[] {
    return fleet.listSensors(this.state);
  }

  /** LM-3, LM-8: one window of the searched, filtered and sorted fleet. */
  querySensors(query: SensorQuery, offset: number, limit: number): SensorPage {
    return fleetQuery.querySensors(this.state, query, offset, limit);
  }

  getSensor(serial: string): Sensor {
    return fleetQuery.getSensor(this.state, serial);
  }

  /** Fleet size, locations and the renewal wave per month. */
  fleetOverview(): FleetOverview {
    return fleetQuery.fleetOverview(this.state);
  }

  /** LM-9 */
  exportSensorsCsv(query: SensorQuery): string {
    return fleetQuery.exportSensorsCsv(this.state, query);
  }

  /** LM-2 */
  licensesLeft(): LicensesLeft {
    return fleet.licensesLeft(this.state);
  }

  /** LM-2. The role is checked before a replay, so a key never lends an answer to an Analyst. */
  redeemActivationCode(code: string, idempotencyKey: string | null = null): RedeemResult {
    fleet.requireFleetManager(this.state);
    return idempotent(this.state, 'activation-code', idempotencyKey, code, () =>
      fleet.redeemActivationCode(this.state, code),
    );
  }

  /** LM-5 */
  assignLicense(serial: string, keyId: string, idempotencyKey: string | null = null): Sensor {
    fleet.requireFleetManager(this.state);
    return idempotent(this.state, 'fleet-assign', idempotencyKey, { serial, keyId }, () =>
      fleet.assignLicense(this.state, serial, keyId),
    );
  }

  /** LM-5 */
  removeQueued(serial: string, licenseId: string, idempotencyKey: string | null = null): Sensor {
    fleet.requireFleetManager(this.state);
    return idempotent(this.state, 'fleet-unqueue', idempotencyKey, { serial, licenseId }, () =>
      fleet.removeQueued(this.state, serial, licenseId),
    );
  }

  /** LM-6 */
  setAutoRenewal(serial: string, on: boolean): Sensor {
    return fleet.setAutoRenewal(this.state, serial, on);
  }

  /** LM-7 */
  expiryRecipients(): ExpiryRecipients {
    return fleet.expiryRecipients(this.state);
  }

  /** LM-7 */
  setExpiryRecipients(ids: string[]): ExpiryRecipients {
    return fleet.setExpiryRecipients(this.state, ids);
  }
}
