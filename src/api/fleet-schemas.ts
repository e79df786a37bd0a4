import { z } from 'zod';
import { upperAscii } from '@/domain/text-input';
import { idSchema, isoDateSchema, plainText, sessionTokenSchema } from './schemas';

/** LM-1: organisation user roles; only Administrator and Manager may use the License Manager. */
export const fleetRoleSchema = z.enum(['Administrator', 'Manager', 'Analyst']);
export type FleetRole = z.infer<typeof fleetRoleSchema>;

export const fleetUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.email(),
  role: fleetRoleSchema,
});
export type FleetUser = z.infer<typeof fleetUserSchema>;

/** LM-1: who is signed in, and whether (and why not) they may manage licenses. */
export const fleetSessionSchema = z.object({
  user: fleetUserSchema,
  canManage: z.boolean(),
  reason: z.string().nullable(),
});
export type FleetSession = z.infer<typeof fleetSessionSchema>;
export const signedInFleetSessionSchema = fleetSessionSchema.extend(sessionTokenSchema.shape);
export type SignedInFleetSession = z.infer<typeof signedInFleetSessionSchema>;

/** `LK-3F9A-22C1`: a license key, from one activation code. */
export const licenseKeyIdSchema = z.string().regex(/^LK-[0-9A-F]{4}-[0-9A-F]{4}$/);

/**
 * LM-2: activation codes are four groups of four uppercase letters or digits (`EF7Q-2K9M-XR4D-81NB`);
 * the client may send lower case or surrounding spaces, the cloud normalises them.
 */
export const ACTIVATION_CODE_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/;

export function normalizeActivationCode(code: string): string {
  return upperAscii(code.trim());
}

export const sensorStatusSchema = z.enum(['active', 'expiring', 'expired', 'unlicensed']);

/** A license on a sensor, current or queued (LM-5). */
export const sensorLicenseSchema = z.object({
  licenseId: idSchema,
  keyId: licenseKeyIdSchema,
  durationMonths: z.int().positive(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type SensorLicense = z.infer<typeof sensorLicenseSchema>;

/** LM-3: one row of the fleet table, with its status and days left computed by the cloud. */
export const sensorSchema = z.object({
  serial: z.string(),
  name: z.string(),
  location: z.string(),
  autoRenewal: z.boolean(),
  status: sensorStatusSchema,
  /** Days left after today on the current license (negative once expired); null when unlicensed. */
  daysLeft: z.int().nullable(),
  /** LM-3 "Key (n)": licenses of the current license's key on this sensor, current and queued. */
  keyLicenseCount: z.int().nonnegative(),
  current: sensorLicenseSchema.nullable(),
  queue: z.array(sensorLicenseSchema),
  lastMeasurementAt: isoDateSchema.nullable(),
});
export type Sensor = z.infer<typeof sensorSchema>;

/** LM-8: the columns the fleet table sorts by ("Add License" is an action, not data). */
export const sensorSortSchema = z.enum([
  'sensor',
  'activationDate',
  'expiresAt',
  'key',
  'autoRenewal',
]);
export type SensorSort = z.infer<typeof sensorSortSchema>;
export const sortDirectionSchema = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof sortDirectionSchema>;

/**
 * LM-8, LM-9: what the table shows. The cloud searches, filters and sorts (a 100,000-sensor fleet
 * is ~33 MB of JSON: too much to send, parse and hold in the page; see README).
 */
export const sensorQuerySchema = z.object({
  /** Part of a serial number or name, any case. */
  search: z
    .string()
    .trim()
    .max(100, 'Search for at most 100 characters.')
    .superRefine(plainText('A search')),
  status: sensorStatusSchema.nullable(),
  location: z
    .string()
    .max(100, 'A location has at most 100 characters.')
    .superRefine(plainText('A location'))
    .nullable(),
  sort: sensorSortSchema,
  direction: sortDirectionSchema,
});
export type SensorQuery = z.infer<typeof sensorQuerySchema>;

export const DEFAULT_SENSOR_QUERY: SensorQuery = {
  search: '',
  status: null,
  location: null,
  sort: 'expiresAt',
  direction: 'asc',
};

export const SENSOR_PAGE_MAX = 500;

export const sensorStatusCountsSchema = z.object({
  active: z.int().nonnegative(),
  expiring: z.int().nonnegative(),
  expired: z.int().nonnegative(),
  unlicensed: z.int().nonnegative(),
});
export type SensorStatusCounts = z.infer<typeof sensorStatusCountsSchema>;

/** One window of the sorted, filtered fleet. */
export const sensorPageSchema = z.object({
  /** Sensors matching the whole query. */
  total: z.int().nonnegative(),
  offset: z.int().nonnegative(),
  items: z.array(sensorSchema),
  /** Sensors per status matching the search and location (the status filter's counts). */
  counts: sensorStatusCountsSchema,
});
export type SensorPage = z.infer<typeof sensorPageSchema>;

/** Sensors whose licenses run out in one calendar month (`2027-03`). */
export const expiryMonthSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  sensors: z.int().nonnegative(),
  /** Of those, how many will draw a license from the pool (LM-6). */
  withAutoRenewal: z.int().nonnegative(),
});
export type ExpiryMonth = z.infer<typeof expiryMonthSchema>;

/** The fleet at a glance: size, locations to filter by, and the renewal wave. */
export const fleetOverviewSchema = z.object({
  fleetSize: z.int().nonnegative(),
  /** The whole fleet per status, whatever the table's filters. */
  counts: sensorStatusCountsSchema,
  locations: z.array(z.string()),
  expiringPerMonth: z.array(expiryMonthSchema),
});
export type FleetOverview = z.infer<typeof fleetOverviewSchema>;

export const licenseKeySchema = z.object({
  id: licenseKeyIdSchema,
  durationMonths: z.int().positive(),
  /** Licenses of this key ever issued. */
  total: z.int().nonnegative(),
  /** Licenses of this key still in the pool. */
  available: z.int().nonnegative(),
});
export type LicenseKey = z.infer<typeof licenseKeySchema>;

/** LM-2: "Licenses left: N", and how many of each key. */
export const licensesLeftSchema = z.object({
  licensesLeft: z.int().nonnegative(),
  keys: z.array(licenseKeySchema),
});
export type LicensesLeft = z.infer<typeof licensesLeftSchema>;

export const redeemResultSchema = z.object({ key: licenseKeySchema, added: z.int().positive() });
export type RedeemResult = z.infer<typeof redeemResultSchema>;

/** LM-7: the organisation's users and the ones chosen for expiry e-mails. */
export const expiryRecipientsSchema = z.object({
  users: z.array(fleetUserSchema),
  recipientIds: z.array(idSchema),
});
export type ExpiryRecipients = z.infer<typeof expiryRecipientsSchema>;

export const fleetSignInBodySchema = z.object({ role: fleetRoleSchema });
export const redeemBodySchema = z.object({
  code: z.string().max(100, 'An activation code has at most 100 characters.'),
});
export const assignBodySchema = z.object({
  keyId: z.string().max(50, 'A license key has at most 50 characters.'),
});
export const autoRenewalBodySchema = z.object({ on: z.boolean() });
export const expiryRecipientsBodySchema = z.object({
  recipientIds: z
    .array(z.string().max(100, 'A user ID has at most 100 characters.'))
    .max(100, 'Choose at most 100 recipients.'),
});

/** The query as URL parameters, defaults left out (the app's address and the API share them). */
export function sensorQueryParams(query: SensorQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search !== '') params.set('search', query.search);
  if (query.status) params.set('status', query.status);
  if (query.location) params.set('location', query.location);
  if (query.sort !== DEFAULT_SENSOR_QUERY.sort) params.set('sort', query.sort);
  if (query.direction !== DEFAULT_SENSOR_QUERY.direction) params.set('direction', query.direction);
  return params;
}

/** Reads a query from URL parameters; anything absent takes its default. */
export const sensorQueryFromParamsSchema = z.object({
  search: z.string().default(''),
  status: sensorStatusSchema.nullable().default(null),
  location: z.string().max(100, 'A location has at most 100 characters.').nullable().default(null),
  sort: sensorSortSchema.default(DEFAULT_SENSOR_QUERY.sort),
  direction: sortDirectionSchema.default(DEFAULT_SENSOR_QUERY.direction),
});

export const sensorWindowSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(SENSOR_PAGE_MAX).default(100),
});

/** `URLSearchParams` as a plain object, the first value of each name. */
export function paramsObject(params: URLSearchParams): Record<string, string> {
  const entries: Record<string, string> = {};
  params.forEach((value, key) => {
    if (!(key in entries)) entries[key] = value;
  });
  return entries;
}
