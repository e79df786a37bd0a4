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
import type { ReimageResult, SegmentController } from '@/api/contract/segment-controllers';
import type { CmsRole, Session, SignedInSession } from '@/api/contract/session';
import type { LicenseFileActivation, LicenseFilePreview } from '@/api/contract/license-files';
import type { TransferResult } from '@/api/contract/transfers';
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
  CapacityFile,
  CustomerLicense,
  CustomerPortalSession,
  CustomerSignInBody,
  SignedInCustomerSession,
} from '@/api/contract/customer-portal';
import type {
  CreateCustomerBody,
  MaintenanceFile,
  MyInventoryLicense,
  OrderLicensesBody,
  Partner,
  PartnerCustomer,
  PartnerInventory,
  PartnerSession,
  PartnerTransferResult,
  SignedInPartnerSession,
} from '@/api/contract/partner-portal';
import { resolveActor, type Access, type Link } from './actors';
import type { AuditEvent } from './audit-event';
import { perform, performCommand, performPrepared, type Command } from './command';
import { cms, customer, files, fleet, notifications, partner, session } from './commands';
import { LOCAL_CLIENT, type Caller } from './sessions';
import type { CloudState, SessionApp } from './state';

/**
 * The simulated licensing cloud: one CloudState and every rule of the spec. Handlers call these
 * methods on `cloud().as(caller)`; each runs one command (commands/*.ts) through the one wrapper
 * (command.ts), which finds who the caller is signed in as, checks the role, catches up the
 * activation jobs, scopes the Idempotency-Key and audits writes. Without `as`, the model acts for
 * the local client (tests, stories, the page's own cloud; see sessions.ts).
 */
export class CloudModel {
  readonly state: CloudState;
  private readonly link: Link;

  constructor(state: CloudState, now: () => number = Date.now, caller: Caller = LOCAL_CLIENT) {
    this.state = state;
    this.link = { state, now, caller };
  }

  /** R20: the same cloud, acting for one caller; each request gets its own, nothing is shared. */
  as(caller: Caller): CloudModel {
    return new CloudModel(this.state, this.link.now, caller);
  }

  /** 401 unless the caller is signed in to the app: handlers ask before reading a request. */
  requireSession(app: SessionApp): void {
    resolveActor(app, this.link);
  }

  /**
   * Runs a command for this caller (the handlers call every route this way). With `prepare`, the
   * answer is a promise; the named methods below are the tests' shorthands for the same.
   */
  run<A extends Access, I, R, P>(
    spec: Command<A, I, R, P>,
    input: I,
    idempotencyKey: string | null = null,
  ): R | Promise<R> {
    return performCommand(this.link, spec, input, idempotencyKey);
  }

  /** Every accepted write, oldest first (the newest AUDIT_KEPT_EVENTS); shown by a later issue. */
  auditEvents(): AuditEvent[] {
    return structuredClone(this.state.audit);
  }

  session(): Session {
    return perform(this.link, session.session, undefined);
  }

  signInAs(role: CmsRole): SignedInSession {
    return perform(this.link, session.signInAs, role);
  }

  signOut(): void {
    perform(this.link, session.signOut, undefined);
  }

  expireSessions(): void {
    perform(this.link, session.expireCallerSessions, undefined);
  }

  clock(): Clock {
    return perform(this.link, session.clock, undefined);
  }

  advanceClock(body: AdvanceClockBody): Clock {
    return perform(this.link, session.moveClock, body);
  }

  listSegmentControllers(): SegmentController[] {
    return perform(this.link, cms.listSegmentControllers, undefined).items;
  }

  listActivatedLicenses(): ActivatedLicense[] {
    return perform(this.link, cms.listLicenses, undefined).items;
  }

  listDevices(): Device[] {
    return perform(this.link, cms.listControllerDevices, undefined).items;
  }

  updateNote(licenseId: string, note: string): ActivatedLicense {
    return perform(this.link, cms.setNote, { licenseId, note });
  }

  saveCustomerId(segmentControllerId: string, customerId: string | null): SegmentController {
    return perform(this.link, cms.setCustomerId, { controllerId: segmentControllerId, customerId });
  }

  reimage(segmentControllerId: string, softwareVersion: string): ReimageResult {
    return perform(this.link, cms.reimageController, {
      controllerId: segmentControllerId,
      softwareVersion,
    });
  }

  resetDatabases(segmentControllerId: string): SegmentController {
    return perform(this.link, cms.resetDatabases, segmentControllerId);
  }

  restoreFactorySettings(segmentControllerId: string): SegmentController {
    return perform(this.link, cms.restoreFactorySettings, segmentControllerId);
  }

  listCloudLicenses(): CloudLicense[] {
    return perform(this.link, cms.listLicensesInCloud, undefined).items;
  }

  startActivation(items: ActivationTarget[], idempotencyKey: string | null): ActivationJob {
    return perform(this.link, cms.startActivation, items, idempotencyKey);
  }

  listActivationJobs(): ActivationJob[] {
    return perform(this.link, cms.listJobs, undefined).items;
  }

  transferToCloud(licenseIds: string[], idempotencyKey: string | null): TransferResult {
    return perform(this.link, cms.returnToCloud, licenseIds, idempotencyKey);
  }

  provisionDevices(
    segmentControllerId: string,
    deviceIds: string[] | null,
  ): { provisioned: number } {
    return perform(this.link, cms.provision, { controllerId: segmentControllerId, deviceIds });
  }

  issueOfflineFile(request: { installCode: string; licenseIds: string[] }): Promise<string> {
    return perform(this.link, files.issueFile, request);
  }

  previewOfflineFile(
    text: string,
    segmentControllerId: string | null,
  ): Promise<LicenseFilePreview> {
    return perform(this.link, files.previewFile, { text, segmentControllerId });
  }

  activateOfflineFile(
    request: { text: string; segmentControllerId: string },
    idempotencyKey: string | null,
  ): Promise<LicenseFileActivation> {
    return performPrepared(this.link, files.activateFile, request, idempotencyKey);
  }

  notificationSettings(): NotificationSettings {
    return perform(this.link, notifications.readSettings, undefined);
  }

  saveNotificationSettings(body: SaveNotificationSettingsBody): NotificationSettings {
    return perform(this.link, notifications.saveSettings, body);
  }

  listOutbox(): OutboxMessage[] {
    return perform(this.link, notifications.outbox, undefined).items;
  }

  listPartners(): Partner[] {
    return perform(this.link, partner.partners, undefined).items;
  }

  partnerSession(): PartnerSession {
    return perform(this.link, partner.partnerSession, undefined);
  }

  signInPartner(partnerId: string): SignedInPartnerSession {
    return perform(this.link, partner.signInPartner, partnerId);
  }

  signOutPartner(): PartnerSession {
    return perform(this.link, partner.signOutPartner, undefined);
  }

  partnerInventory(): PartnerInventory {
    return perform(this.link, partner.inventory, undefined);
  }

  partnerCustomers(): PartnerCustomer[] {
    return perform(this.link, partner.customers, undefined).items;
  }

  createCustomer(body: CreateCustomerBody, idempotencyKey: string | null = null): PartnerCustomer {
    return perform(this.link, partner.addCustomer, body, idempotencyKey);
  }

  updateCustomer(customerId: string, body: CreateCustomerBody): PartnerCustomer {
    return perform(this.link, partner.editCustomer, { customerId, ...body });
  }

  deleteCustomer(customerId: string): void {
    perform(this.link, partner.removeCustomer, customerId);
  }

  transferToCustomer(
    request: { licenseIds: string[]; customerId: string },
    idempotencyKey: string | null = null,
  ): PartnerTransferResult {
    return perform(this.link, partner.transferLicenses, request, idempotencyKey);
  }

  orderLicenses(
    body: OrderLicensesBody,
    idempotencyKey: string | null = null,
  ): { licenses: MyInventoryLicense[] } {
    return perform(this.link, partner.order, body, idempotencyKey);
  }

  issueMaintenanceFile(request: {
    licenseId: string;
    installCode: string;
  }): Promise<MaintenanceFile> {
    return perform(this.link, partner.maintenanceFile, request);
  }

  customerPortalSession(): CustomerPortalSession {
    return perform(this.link, customer.customerSession, undefined);
  }

  signInCustomer(body: CustomerSignInBody): SignedInCustomerSession {
    return perform(this.link, customer.signInCustomer, body);
  }

  signOutCustomer(): CustomerPortalSession {
    return perform(this.link, customer.signOutCustomer, undefined);
  }

  customerLicenses(): CustomerLicense[] {
    return perform(this.link, customer.licenses, undefined).items;
  }

  createCapacityFile(request: {
    installCode: string;
    licenseIds: string[];
  }): Promise<CapacityFile> {
    return perform(this.link, customer.capacityFile, request);
  }

  fleetSession(): FleetSession {
    return perform(this.link, fleet.fleetSession, undefined);
  }

  signInFleetAs(role: FleetRole): SignedInFleetSession {
    return perform(this.link, fleet.signInFleetAs, role);
  }

  signOutFleet(): void {
    perform(this.link, fleet.signOutFleet, undefined);
  }

  listSensors(): Sensor[] {
    return perform(this.link, fleet.listSensors, undefined);
  }

  querySensors(query: SensorQuery, offset: number, limit: number): SensorPage {
    return perform(this.link, fleet.querySensors, { query, offset, limit });
  }

  getSensor(serial: string): Sensor {
    return perform(this.link, fleet.getSensor, serial);
  }

  fleetOverview(): FleetOverview {
    return perform(this.link, fleet.overview, undefined);
  }

  /** The whole file at once; over HTTP the handler streams the same chunks. */
  exportSensorsCsv(query: SensorQuery): string {
    return [...perform(this.link, fleet.exportCsv, query)].join('');
  }

  licensesLeft(): LicensesLeft {
    return perform(this.link, fleet.licensesLeft, undefined);
  }

  redeemActivationCode(code: string, idempotencyKey: string | null = null): RedeemResult {
    return perform(this.link, fleet.redeemCode, code, idempotencyKey);
  }

  assignLicense(serial: string, keyId: string, idempotencyKey: string | null = null): Sensor {
    return perform(this.link, fleet.assignLicense, { serial, keyId }, idempotencyKey);
  }

  removeQueued(serial: string, licenseId: string, idempotencyKey: string | null = null): Sensor {
    return perform(this.link, fleet.removeQueued, { serial, licenseId }, idempotencyKey);
  }

  setAutoRenewal(serial: string, on: boolean): Sensor {
    return perform(this.link, fleet.setAutoRenewal, { serial, on });
  }

  expiryRecipients(): ExpiryRecipients {
    return perform(this.link, fleet.expiryRecipients, undefined);
  }

  setExpiryRecipients(ids: string[]): ExpiryRecipients {
    return perform(this.link, fleet.setExpiryRecipients, ids);
  }
}
