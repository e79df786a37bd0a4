import { z } from 'zod';
import { sensorQueryFromParamsSchema, sensorWindowSchema } from '@/api/contract/fleet';
import { idSchema } from '@/api/contract/common';
import type { SessionApp } from '../cloud/state';
import type { ComponentName } from './components';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 503;

export const tags = {
  session: 'Session and clock',
  cms: 'CMS: Manage Licenses',
  files: 'CMS: offline license files',
  notifications: 'CMS: notifications',
  partner: 'License Partner Portal',
  customer: 'License Customer Portal',
  fleet: 'License Manager (sensor fleet)',
  simulation: 'Simulation controls',
} as const;

export interface Route {
  method: Method;
  /** Below the API base (`/api`); `{name}` is the handler's `:name`. */
  path: string;
  summary: string;
  tag: keyof typeof tags;
  /** Path parameters that are more than a string. */
  params?: Record<string, z.ZodType>;
  query?: z.ZodObject[];
  body?: ComponentName;
  /**
   * R20: the app whose session (cookie or bearer token) the route acts as; without one it answers
   * 401 before reading the request. `optional`: it answers without one too (who is signed in:
   * nobody; signing out). Absent: open to anyone (signing in, the simulation's controls).
   */
  session?: { app: SessionApp; optional?: true };
  /** Takes an `Idempotency-Key`: a retry with the same key is applied once. */
  idempotent?: true;
  response:
    | { status: 200 | 201 | 202; schema: ComponentName }
    | { status: 200; csv: true }
    | { status: 204 };
  /** Refusals besides 400 for a malformed body or query (added wherever there is one). */
  errors: ErrorStatus[];
}

const id = { id: idSchema };
const serial = { serial: z.string() };
const sensorQuery = [sensorQueryFromParamsSchema, sensorWindowSchema];

/**
 * The contract of the simulated licensing cloud: one entry per MSW handler in mocks/handlers
 * (a unit test keeps both in step). The error statuses are what the model answers today.
 */
export const routes: Route[] = [
  // Session and clock
  {
    method: 'get',
    path: '/session',
    summary: 'The signed-in CMS user',
    tag: 'session',
    session: { app: 'cms' },
    response: { status: 200, schema: 'Session' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/session',
    summary: 'Sign in as the first CMS user of a type (simulation)',
    tag: 'session',
    body: 'SignInBody',
    response: { status: 200, schema: 'SignedInSession' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/session',
    summary: 'Sign out of the CMS (the session ends, its cookie is cleared)',
    tag: 'session',
    session: { app: 'cms', optional: true },
    response: { status: 204 },
    errors: [],
  },
  {
    method: 'get',
    path: '/clock',
    summary: "The cloud's calendar day",
    tag: 'session',
    response: { status: 200, schema: 'Clock' },
    errors: [],
  },
  {
    method: 'post',
    path: '/clock/advance',
    summary: 'Move the simulated clock forward; every day in between runs in order',
    tag: 'session',
    session: { app: 'cms' },
    body: 'AdvanceClockBody',
    response: { status: 200, schema: 'Clock' },
    errors: [401, 422],
  },

  // CMS: Manage Licenses
  {
    method: 'get',
    path: '/cms/segment-controllers',
    summary: 'Segment controllers with their device counts (License Status)',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: 'SegmentControllerList' },
    errors: [401],
  },
  {
    method: 'put',
    path: '/cms/segment-controllers/{id}/customer-id',
    summary: 'Save or clear the Customer ID of a segment controller (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    params: id,
    body: 'SaveCustomerIdBody',
    response: { status: 200, schema: 'SegmentController' },
    errors: [401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/cms/licenses',
    summary: 'Licenses activated on this CMS',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: 'ActivatedLicenseList' },
    errors: [401],
  },
  {
    method: 'patch',
    path: '/cms/licenses/{id}',
    summary: "Edit an activated license's note (Owner)",
    tag: 'cms',
    session: { app: 'cms' },
    params: id,
    body: 'UpdateNoteBody',
    response: { status: 200, schema: 'ActivatedLicense' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/cms/cloud-licenses',
    summary: 'Licenses waiting in the cloud for a saved Customer ID (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: 'CloudLicenseList' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/cms/activation-jobs',
    summary: 'Recent activation jobs, newest first (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: 'ActivationJobList' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/cms/activation-jobs',
    summary: 'Start activating cloud licenses; each item succeeds or fails on its own (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    body: 'StartActivationBody',
    idempotent: true,
    response: { status: 202, schema: 'ActivationJob' },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/cms/license-transfers',
    summary: 'Transfer licenses back to the cloud (Owner; every segment controller online)',
    tag: 'cms',
    session: { app: 'cms' },
    body: 'TransferToCloudBody',
    idempotent: true,
    response: { status: 200, schema: 'TransferResult' },
    errors: [401, 403, 404, 409, 422, 503],
  },
  {
    method: 'get',
    path: '/cms/devices',
    summary: 'Devices of every segment controller',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: 'DeviceList' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/cms/devices/provision',
    summary: 'Provision unprovisioned devices (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    body: 'ProvisionBody',
    response: { status: 200, schema: 'ProvisionResult' },
    errors: [401, 403, 404, 409],
  },

  // CMS: offline license files
  {
    method: 'post',
    path: '/cms/license-files/preview',
    summary: 'What a license file holds and what stands in the way of activating it (Owner)',
    tag: 'files',
    session: { app: 'cms' },
    body: 'PreviewLicenseFileBody',
    response: { status: 200, schema: 'LicenseFilePreview' },
    errors: [401, 403, 404, 413, 422],
  },
  {
    method: 'post',
    path: '/cms/license-files/activate',
    summary: 'Activate every license of a file on a segment controller, or none (Owner)',
    tag: 'files',
    session: { app: 'cms' },
    body: 'ActivateLicenseFileBody',
    idempotent: true,
    response: { status: 200, schema: 'LicenseFileActivation' },
    errors: [401, 403, 404, 409, 413, 422],
  },
  {
    method: 'post',
    path: '/dev/license-files',
    summary: 'Issue a signed offline file (simulation: stands in for the portals)',
    tag: 'simulation',
    body: 'IssueLicenseFileBody',
    response: { status: 200, schema: 'IssuedLicenseFile' },
    errors: [404, 409],
  },

  // CMS: notifications
  {
    method: 'get',
    path: '/cms/notification-settings',
    summary: 'Who is told about maintenance expiry, and when (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    response: { status: 200, schema: 'NotificationSettings' },
    errors: [401, 403],
  },
  {
    method: 'put',
    path: '/cms/notification-settings',
    summary: 'Save the notification settings (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    body: 'SaveNotificationSettingsBody',
    response: { status: 200, schema: 'NotificationSettings' },
    errors: [401, 403, 422],
  },
  {
    method: 'get',
    path: '/cms/outbox',
    summary: 'E-mails the cloud sent, newest first (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    response: { status: 200, schema: 'OutboxList' },
    errors: [401, 403],
  },

  // License Partner Portal
  {
    method: 'get',
    path: '/partner/partners',
    summary: 'Partners a simulated sign-in can choose from',
    tag: 'partner',
    response: { status: 200, schema: 'PartnerList' },
    errors: [],
  },
  {
    method: 'get',
    path: '/partner/session',
    summary: 'The signed-in partner, or null',
    tag: 'partner',
    session: { app: 'partner', optional: true },
    response: { status: 200, schema: 'PartnerSession' },
    errors: [],
  },
  {
    method: 'post',
    path: '/partner/session',
    summary: 'Sign in as a partner',
    tag: 'partner',
    body: 'SignInPartnerBody',
    response: { status: 200, schema: 'SignedInPartnerSession' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/partner/session',
    summary: 'Sign the partner out',
    tag: 'partner',
    session: { app: 'partner', optional: true },
    response: { status: 200, schema: 'PartnerSession' },
    errors: [],
  },
  {
    method: 'get',
    path: '/partner/inventory',
    summary: "The partner's own and its customers' licenses",
    tag: 'partner',
    session: { app: 'partner' },
    response: { status: 200, schema: 'PartnerInventory' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/partner/customers',
    summary: "The partner's customer accounts",
    tag: 'partner',
    session: { app: 'partner' },
    response: { status: 200, schema: 'PartnerCustomerList' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/partner/customers',
    summary: 'Create a customer account (it gets a Customer ID)',
    tag: 'partner',
    session: { app: 'partner' },
    body: 'CreateCustomerBody',
    idempotent: true,
    response: { status: 201, schema: 'PartnerCustomer' },
    errors: [401, 409, 422],
  },
  {
    method: 'post',
    path: '/partner/transfers',
    summary: 'Transfer licenses to a customer; each gets a new License ID',
    tag: 'partner',
    session: { app: 'partner' },
    body: 'PartnerTransferBody',
    idempotent: true,
    response: { status: 200, schema: 'PartnerTransferResult' },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/partner/maintenance-files',
    summary: "Issue a maintenance offline file for a customer's license",
    tag: 'partner',
    session: { app: 'partner' },
    body: 'MaintenanceFileBody',
    response: { status: 200, schema: 'MaintenanceFile' },
    errors: [401, 403, 404, 409],
  },

  // License Customer Portal
  {
    method: 'get',
    path: '/customer/session',
    summary: 'The signed-in customer, or null',
    tag: 'customer',
    session: { app: 'customer', optional: true },
    response: { status: 200, schema: 'CustomerPortalSession' },
    errors: [],
  },
  {
    method: 'post',
    path: '/customer/session',
    summary: 'Sign in with a License ID (EID) or a contact e-mail',
    tag: 'customer',
    body: 'CustomerSignInBody',
    response: { status: 200, schema: 'SignedInCustomerSession' },
    errors: [404, 409],
  },
  {
    method: 'delete',
    path: '/customer/session',
    summary: 'Sign the customer out',
    tag: 'customer',
    session: { app: 'customer', optional: true },
    response: { status: 200, schema: 'CustomerPortalSession' },
    errors: [],
  },
  {
    method: 'get',
    path: '/customer/licenses',
    summary: "The customer's licenses and where each is activated",
    tag: 'customer',
    session: { app: 'customer' },
    response: { status: 200, schema: 'CustomerLicenseList' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/customer/license-files',
    summary: 'Create a capacity offline activation file for one install code',
    tag: 'customer',
    session: { app: 'customer' },
    body: 'CreateCapacityFileBody',
    response: { status: 200, schema: 'CapacityFile' },
    errors: [401, 404, 409, 422],
  },

  // License Manager
  {
    method: 'get',
    path: '/fleet/session',
    summary: 'The signed-in organisation user and whether they may manage licenses',
    tag: 'fleet',
    session: { app: 'fleet' },
    response: { status: 200, schema: 'FleetSession' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/fleet/session',
    summary: 'Sign in as the first organisation user of a role (simulation)',
    tag: 'fleet',
    body: 'FleetSignInBody',
    response: { status: 200, schema: 'SignedInFleetSession' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/fleet/session',
    summary: 'Sign out of the License Manager (the session ends, its cookie is cleared)',
    tag: 'fleet',
    session: { app: 'fleet', optional: true },
    response: { status: 204 },
    errors: [],
  },
  {
    method: 'get',
    path: '/fleet/sensors/page',
    summary: 'One window of the searched, filtered and sorted fleet',
    tag: 'fleet',
    session: { app: 'fleet' },
    query: sensorQuery,
    response: { status: 200, schema: 'SensorPage' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/fleet/sensors/export',
    summary: 'The fleet as filtered and sorted, as CSV',
    tag: 'fleet',
    session: { app: 'fleet' },
    query: [sensorQueryFromParamsSchema],
    response: { status: 200, csv: true },
    errors: [401],
  },
  {
    method: 'get',
    path: '/fleet/sensors/{serial}',
    summary: 'One sensor with its current and queued licenses',
    tag: 'fleet',
    session: { app: 'fleet' },
    params: serial,
    response: { status: 200, schema: 'Sensor' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: '/fleet/overview',
    summary: 'Fleet size, counts per status, locations and the renewal wave per month',
    tag: 'fleet',
    session: { app: 'fleet' },
    response: { status: 200, schema: 'FleetOverview' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/fleet/licenses-left',
    summary: 'Licenses left in the pool, per license key',
    tag: 'fleet',
    session: { app: 'fleet' },
    response: { status: 200, schema: 'LicensesLeft' },
    errors: [401],
  },
  {
    method: 'post',
    path: '/fleet/activation-codes',
    summary: 'Redeem an activation code into the pool',
    tag: 'fleet',
    session: { app: 'fleet' },
    body: 'RedeemBody',
    idempotent: true,
    response: { status: 200, schema: 'RedeemResult' },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/fleet/sensors/{serial}/licenses',
    summary: 'Assign a pool license of a key: current from today, else queued',
    tag: 'fleet',
    session: { app: 'fleet' },
    params: serial,
    body: 'AssignBody',
    idempotent: true,
    response: { status: 200, schema: 'Sensor' },
    errors: [401, 403, 404, 409, 422],
  },
  {
    method: 'delete',
    path: '/fleet/sensors/{serial}/queue/{licenseId}',
    summary: 'Remove a queued license back to the pool',
    tag: 'fleet',
    session: { app: 'fleet' },
    params: { ...serial, licenseId: idSchema },
    response: { status: 200, schema: 'Sensor' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: '/fleet/sensors/{serial}/auto-renewal',
    summary: "Switch a sensor's Auto Renewal",
    tag: 'fleet',
    session: { app: 'fleet' },
    params: serial,
    body: 'AutoRenewalBody',
    response: { status: 200, schema: 'Sensor' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/fleet/expiry-recipients',
    summary: 'Organisation users and the ones chosen for expiry e-mails',
    tag: 'fleet',
    session: { app: 'fleet' },
    response: { status: 200, schema: 'ExpiryRecipients' },
    errors: [401, 403],
  },
  {
    method: 'put',
    path: '/fleet/expiry-recipients',
    summary: 'Choose who gets expiry e-mails',
    tag: 'fleet',
    session: { app: 'fleet' },
    body: 'ExpiryRecipientsBody',
    response: { status: 200, schema: 'ExpiryRecipients' },
    errors: [401, 403, 422],
  },

  // Simulation controls (not part of a real cloud)
  {
    method: 'get',
    path: '/dev/simulation',
    summary: 'Scenario, scenarios to choose from, network faults and activation pace',
    tag: 'simulation',
    response: { status: 200, schema: 'Simulation' },
    errors: [],
  },
  {
    method: 'put',
    path: '/dev/faults',
    summary: 'Set the simulated latency, error rate and reachability',
    tag: 'simulation',
    body: 'NetworkFaults',
    response: { status: 200, schema: 'Simulation' },
    errors: [],
  },
  {
    method: 'put',
    path: '/dev/activation-pace',
    summary: 'Set how long an activation job takes per license (running jobs follow at once)',
    tag: 'simulation',
    body: 'ActivationPace',
    response: { status: 200, schema: 'Simulation' },
    errors: [],
  },
  {
    method: 'post',
    path: '/dev/session/expire',
    summary: 'Forget who is signed in (an expired session)',
    tag: 'simulation',
    response: { status: 200, schema: 'Simulation' },
    errors: [],
  },
  {
    method: 'post',
    path: '/dev/reset',
    summary: "Back to a scenario's seed (keeps latency, error rate and activation pace)",
    tag: 'simulation',
    body: 'ResetSimulationBody',
    response: { status: 200, schema: 'Simulation' },
    errors: [404],
  },
];
