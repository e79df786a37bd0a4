import type { ActivationJob, ActivationTarget } from '@/api/contract/activations';
import type { AdvanceClockBody, Clock } from '@/api/contract/clock';
import type { CloudLicense } from '@/api/contract/cloud-licenses';
import type { Device } from '@/api/contract/devices';
import type {
  NotificationSettings,
  OutboxMessage,
  SaveNotificationSettingsBody,
} from '@/api/contract/notifications';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { CmsRole, Session, SignedInSession } from '@/api/contract/session';
import type { LicenseFileActivation, LicenseFilePreview } from '@/api/contract/license-files';
import type { TransferResult } from '@/api/contract/transfers';
import { requireOwner } from './access';
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
import { idempotent, type IdempotencyScope } from './idempotency';
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
  SignedInFleetSession,
} from '@/api/contract/fleet';
import type {
  CloudState,
  CmsUser,
  CustomerRecord,
  FleetUser,
  PartnerRecord,
  SessionApp,
} from './state';
import {
  createCapacityFile,
  customerLicenses,
  customerPortalSession,
  customerSigningIn,
} from './customer-portal';
import type {
  CapacityFile,
  CustomerLicense,
  CustomerPortalSession,
  CustomerSignInBody,
  SignedInCustomerSession,
} from '@/api/contract/customer-portal';
import {
  createCustomer,
  findPartner,
  issueMaintenanceFile,
  listPartnerCustomers,
  listPartners,
  partnerInventory,
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
  SignedInPartnerSession,
} from '@/api/contract/partner-portal';
import {
  endSession,
  expireSessions,
  LOCAL_CLIENT,
  notSignedIn,
  sessionToken,
  signedInAs,
  startSession,
  type Caller,
} from './sessions';

/**
 * The simulated licensing cloud: one CloudState and every rule of the spec. Handlers call these
 * methods on `cloud().as(caller)`; each finds who the caller is signed in as, checks what they may
 * do, enforces the rules and throws a CloudError when it refuses. Without `as`, the model acts for
 * the local client (tests, stories, the page's own cloud; see sessions.ts).
 */
export class CloudModel {
  readonly state: CloudState;
  private readonly now: () => number;
  private readonly caller: Caller;

  constructor(state: CloudState, now: () => number = Date.now, caller: Caller = LOCAL_CLIENT) {
    this.state = state;
    this.now = now;
    this.caller = caller;
  }

  /** R20: the same cloud, acting for one caller; each request gets its own, nothing is shared. */
  as(caller: Caller): CloudModel {
    return new CloudModel(this.state, this.now, caller);
  }

  /** 401 unless the caller is signed in to the app: handlers ask before reading a request. */
  requireSession(app: SessionApp): void {
    this.signedIn(app);
  }

  private signedIn(app: SessionApp): string {
    const subjectId = signedInAs(this.state, this.caller, app, this.now());
    if (subjectId === null) throw notSignedIn(app);
    return subjectId;
  }

  private cmsUser(): CmsUser {
    const id = this.signedIn('cms');
    const user = this.state.users.find((u) => u.id === id);
    if (!user) throw notSignedIn('cms');
    return user;
  }

  private owner(): CmsUser {
    return requireOwner(this.cmsUser());
  }

  private fleetUser(): FleetUser {
    const id = this.signedIn('fleet');
    const user = this.state.fleet.users.find((u) => u.id === id);
    if (!user) throw notSignedIn('fleet');
    return user;
  }

  private fleetManager(): FleetUser {
    return fleet.requireFleetManager(this.fleetUser());
  }

  private partner(): PartnerRecord {
    const id = this.signedIn('partner');
    const partner = this.state.partners.find((p) => p.id === id);
    if (!partner) throw notSignedIn('partner');
    return partner;
  }

  private customer(): CustomerRecord {
    const id = this.signedIn('customer');
    const customer = this.state.customers.find((c) => c.id === id);
    if (!customer) throw notSignedIn('customer');
    return customer;
  }

  session(): Session {
    return { user: this.cmsUser() };
  }

  /** Simulated sign-in: a new session as the seed's first user of that CMS user type. */
  signInAs(role: CmsRole): SignedInSession {
    const user = this.state.users.find((u) => u.role === role);
    if (!user) throw new CloudError(404, 'user_not_found', `No ${role} user in this CMS.`);
    const session = startSession(this.state, this.caller, 'cms', user.id, this.now());
    return { user, ...sessionToken(session) };
  }

  /** R20: the caller's CMS session ends. */
  signOut(): void {
    endSession(this.state, this.caller, 'cms');
  }

  /** R12: the caller's sessions (CMS and License Manager) end, as when a sign-in times out. */
  expireSessions(): void {
    expireSessions(this.state, this.caller, ['cms', 'fleet'], this.now());
  }

  clock(): Clock {
    return { today: this.state.today, timeZone: 'UTC' };
  }

  /** MC-2: a simulation control, open to every signed-in user. */
  advanceClock(body: AdvanceClockBody): Clock {
    this.cmsUser();
    advanceJobs(this.state, this.now());
    advanceClock(this.state, body);
    return this.clock();
  }

  /** Every CMS user may read what the License Status display shows (SS-1, SS-3). */
  listSegmentControllers(): SegmentController[] {
    this.cmsUser();
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
    this.cmsUser();
    advanceJobs(this.state, this.now());
    return listActivatedLicenses(this.state);
  }

  listDevices(): Device[] {
    this.cmsUser();
    advanceJobs(this.state, this.now());
    return listDevices(this.state);
  }

  updateNote(licenseId: string, note: string): ActivatedLicense {
    this.owner();
    return updateNote(this.state, licenseId, note);
  }

  saveCustomerId(segmentControllerId: string, customerId: string | null): SegmentController {
    this.owner();
    const saved = saveCustomerId(this.state, segmentControllerId, customerId);
    const withDevices = this.listSegmentControllers().find((c) => c.id === saved.id);
    if (!withDevices)
      throw new CloudError(404, 'segment_controller_not_found', 'No such segment controller.');
    return withDevices;
  }

  listCloudLicenses(): CloudLicense[] {
    this.owner();
    advanceJobs(this.state, this.now());
    return listCloudLicenses(this.state);
  }

  startActivation(items: ActivationTarget[], idempotencyKey: string | null): ActivationJob {
    const owner = this.owner();
    return idempotent(this.state, cmsScope('activation', owner), idempotencyKey, items, () =>
      startActivationJob(this.state, items, this.now()),
    );
  }

  listActivationJobs(): ActivationJob[] {
    this.owner();
    return listActivationJobs(this.state, this.now());
  }

  transferToCloud(licenseIds: string[], idempotencyKey: string | null): TransferResult {
    const owner = this.owner();
    // A job that has finished by now must count: its licenses are activated, not "being activated".
    advanceJobs(this.state, this.now());
    return idempotent(this.state, cmsScope('transfer', owner), idempotencyKey, licenseIds, () =>
      transferToCloud(this.state, licenseIds),
    );
  }

  provisionDevices(
    segmentControllerId: string,
    deviceIds: string[] | null,
  ): { provisioned: number } {
    this.owner();
    return { provisioned: provisionDevices(this.state, segmentControllerId, deviceIds) };
  }

  /** CS-4, as Customer Success: only licenses a customer holds (R21); the portals have their own. */
  issueOfflineFile(request: { installCode: string; licenseIds: string[] }): Promise<string> {
    return issueOfflineFile(this.state, request, CUSTOMER_SUCCESS);
  }

  previewOfflineFile(
    text: string,
    segmentControllerId: string | null,
  ): Promise<LicenseFilePreview> {
    this.owner();
    advanceJobs(this.state, this.now());
    return previewOfflineFile(this.state, text, segmentControllerId);
  }

  /** SS-50: the file is verified first; a replayed key then gets the first answer (R7). */
  async activateOfflineFile(
    request: { text: string; segmentControllerId: string },
    idempotencyKey: string | null,
  ): Promise<LicenseFileActivation> {
    const owner = this.owner();
    const file = await readOfflineFile(request.text);
    advanceJobs(this.state, this.now());
    const fingerprint = { fileId: file.payload.fileId, target: request.segmentControllerId };
    return idempotent(
      this.state,
      cmsScope('offline-file', owner),
      idempotencyKey,
      fingerprint,
      () => applyOfflineFile(this.state, file, request.segmentControllerId),
    );
  }

  /** SS-60: who is told about maintenance expiry; Owner only (SS-1). */
  notificationSettings(): NotificationSettings {
    this.owner();
    return getNotificationSettings(this.state);
  }

  saveNotificationSettings(body: SaveNotificationSettingsBody): NotificationSettings {
    this.owner();
    return saveNotificationSettings(this.state, body);
  }

  /** SS-62: the e-mails the simulated cloud sent, newest first. */
  listOutbox(): OutboxMessage[] {
    this.owner();
    advanceJobs(this.state, this.now());
    return listOutbox(this.state);
  }

  /** PP-1: the partners a simulated sign-in can choose from. */
  listPartners(): Partner[] {
    return listPartners(this.state);
  }

  /** PP-1: the partner the caller is signed in as; nobody is an answer here, not a refusal. */
  partnerSession(): PartnerSession {
    const id = signedInAs(this.state, this.caller, 'partner', this.now());
    const partner = this.state.partners.find((p) => p.id === id);
    return { partner: partner ? { id: partner.id, name: partner.name } : null };
  }

  /** PP-1 (simulated): a new session as that partner. */
  signInPartner(partnerId: string): SignedInPartnerSession {
    const partner = findPartner(this.state, partnerId);
    const session = startSession(this.state, this.caller, 'partner', partner.id, this.now());
    return { partner: { id: partner.id, name: partner.name }, ...sessionToken(session) };
  }

  signOutPartner(): PartnerSession {
    endSession(this.state, this.caller, 'partner');
    return { partner: null };
  }

  /** PP-1, PP-5. */
  partnerInventory(): PartnerInventory {
    const partner = this.partner();
    advanceJobs(this.state, this.now());
    return partnerInventory(this.state, partner);
  }

  /** PP-2. */
  partnerCustomers(): PartnerCustomer[] {
    return listPartnerCustomers(this.state, this.partner());
  }

  createCustomer(body: CreateCustomerBody, idempotencyKey: string | null = null): PartnerCustomer {
    const partner = this.partner();
    return idempotent(this.state, partnerScope('customer', partner), idempotencyKey, body, () =>
      createCustomer(this.state, partner, body),
    );
  }

  /** PP-4, PP-5. */
  transferToCustomer(
    request: { licenseIds: string[]; customerId: string },
    idempotencyKey: string | null = null,
  ): PartnerTransferResult {
    const partner = this.partner();
    advanceJobs(this.state, this.now());
    return idempotent(this.state, partnerScope('transfer', partner), idempotencyKey, request, () =>
      transferToCustomer(this.state, partner, request),
    );
  }

  /** PP-7. */
  issueMaintenanceFile(request: {
    licenseId: string;
    installCode: string;
  }): Promise<MaintenanceFile> {
    const partner = this.partner();
    advanceJobs(this.state, this.now());
    return issueMaintenanceFile(this.state, partner, request);
  }

  /** CP-1: the customer the caller is signed in as, if any. */
  customerPortalSession(): CustomerPortalSession {
    const id = signedInAs(this.state, this.caller, 'customer', this.now());
    return customerPortalSession(this.state.customers.find((c) => c.id === id) ?? null);
  }

  /** CP-1: by a License ID (EID) of a transferred license, or by a contact e-mail. */
  signInCustomer(body: CustomerSignInBody): SignedInCustomerSession {
    const customer = customerSigningIn(this.state, body);
    const session = startSession(this.state, this.caller, 'customer', customer.id, this.now());
    return { customer: { id: customer.id, name: customer.name }, ...sessionToken(session) };
  }

  signOutCustomer(): CustomerPortalSession {
    endSession(this.state, this.caller, 'customer');
    return customerPortalSession(null);
  }

  /** CP-2: the signed-in customer's licenses and where each is activated. */
  customerLicenses(): CustomerLicense[] {
    const customer = this.customer();
    advanceJobs(this.state, this.now());
    return customerLicenses(this.state, customer);
  }

  /** CP-3: a device-capacity offline activation file for an install code. */
  createCapacityFile(request: {
    installCode: string;
    licenseIds: string[];
  }): Promise<CapacityFile> {
    const customer = this.customer();
    advanceJobs(this.state, this.now());
    return createCapacityFile(this.state, customer, request);
  }

  /** LM-1: every fleet user may ask; `canManage` and `reason` tell an Analyst why not. */
  fleetSession(): FleetSession {
    return fleet.fleetSession(this.fleetUser());
  }

  /** Simulated sign-in to the License Manager: a new session as the first user of a role. */
  signInFleetAs(role: FleetRole): SignedInFleetSession {
    const user = fleet.firstFleetUserOf(this.state, role);
    const session = startSession(this.state, this.caller, 'fleet', user.id, this.now());
    return { ...fleet.fleetSession(user), ...sessionToken(session) };
  }

  /** R20: the caller's License Manager session ends. */
  signOutFleet(): void {
    endSession(this.state, this.caller, 'fleet');
  }

  /** Every sensor with its computed status and days left (model tests; the API pages). */
  listSensors(): Sensor[] {
    return fleet.listSensors(this.state, this.fleetUser());
  }

  /** LM-3, LM-8: one window of the searched, filtered and sorted fleet. */
  querySensors(query: SensorQuery, offset: number, limit: number): SensorPage {
    return fleetQuery.querySensors(this.state, this.fleetUser(), query, offset, limit);
  }

  getSensor(serial: string): Sensor {
    return fleetQuery.getSensor(this.state, this.fleetUser(), serial);
  }

  /** Fleet size, locations and the renewal wave per month. */
  fleetOverview(): FleetOverview {
    return fleetQuery.fleetOverview(this.state, this.fleetUser());
  }

  /** LM-9 */
  exportSensorsCsv(query: SensorQuery): string {
    return fleetQuery.exportSensorsCsv(this.state, this.fleetUser(), query);
  }

  /** LM-2 */
  licensesLeft(): LicensesLeft {
    return fleet.licensesLeft(this.state, this.fleetUser());
  }

  /** LM-2. The role is checked before a replay, so a key never lends an answer to an Analyst. */
  redeemActivationCode(code: string, idempotencyKey: string | null = null): RedeemResult {
    const user = this.fleetManager();
    return idempotent(this.state, fleetScope('activation-code', user), idempotencyKey, code, () =>
      fleet.redeemActivationCode(this.state, user, code),
    );
  }

  /** LM-5 */
  assignLicense(serial: string, keyId: string, idempotencyKey: string | null = null): Sensor {
    const user = this.fleetManager();
    const body = { serial, keyId };
    return idempotent(this.state, fleetScope('assign', user), idempotencyKey, body, () =>
      fleet.assignLicense(this.state, user, serial, keyId),
    );
  }

  /** LM-5 */
  removeQueued(serial: string, licenseId: string, idempotencyKey: string | null = null): Sensor {
    const user = this.fleetManager();
    const body = { serial, licenseId };
    return idempotent(this.state, fleetScope('unqueue', user), idempotencyKey, body, () =>
      fleet.removeQueued(this.state, user, serial, licenseId),
    );
  }

  /** LM-6 */
  setAutoRenewal(serial: string, on: boolean): Sensor {
    return fleet.setAutoRenewal(this.state, this.fleetUser(), serial, on);
  }

  /** LM-7 */
  expiryRecipients(): ExpiryRecipients {
    return fleet.expiryRecipients(this.state, this.fleetUser());
  }

  /** LM-7 */
  setExpiryRecipients(ids: string[]): ExpiryRecipients {
    return fleet.setExpiryRecipients(this.state, this.fleetUser(), ids);
  }
}

/** R22: an Idempotency-Key counts for one command and one signed-in caller. */
const cmsScope = (route: string, user: CmsUser): IdempotencyScope => ({
  route: `cms-${route}`,
  caller: `cms:${user.id}`,
});
const partnerScope = (route: string, partner: PartnerRecord): IdempotencyScope => ({
  route: `partner-${route}`,
  caller: `partner:${partner.id}`,
});
const fleetScope = (route: string, user: FleetUser): IdempotencyScope => ({
  route: `fleet-${route}`,
  caller: `fleet:${user.id}`,
});
