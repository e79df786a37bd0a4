import { z } from 'zod/mini';
import { MAX_SENSORS_PER_ADD } from '@/domain/fleet';
import { upperAscii } from '@/domain/text-input';
import { idSchema, isoDateSchema, plainText, sessionTokenSchema } from './common';
import { route } from './route';

/** LM-1: organization user roles; only Administrator and Manager may use the License Manager. */
export const fleetRoleSchema = z.enum(['Administrator', 'Manager', 'Analyst']);
export type FleetRole = z.infer<typeof fleetRoleSchema>;

const fleetUserSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    email: z.email(),
    role: fleetRoleSchema,
  })
  .register(z.globalRegistry, { id: 'FleetUser' });

/** LM-1: who is signed in, and whether (and why not) they may manage licenses. */
const fleetSessionSchema = z
  .object({
    user: fleetUserSchema,
    canManage: z.boolean(),
    reason: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'FleetSession' });
export type FleetSession = z.infer<typeof fleetSessionSchema>;
const signedInFleetSessionSchema = z
  .extend(fleetSessionSchema, sessionTokenSchema.shape)
  .register(z.globalRegistry, { id: 'SignedInFleetSession' });
export type SignedInFleetSession = z.infer<typeof signedInFleetSessionSchema>;

/** `LK-3F9A-22C1`: a license key, from one activation code. */
const licenseKeyIdSchema = z.string().check(z.regex(/^LK-[0-9A-F]{4}-[0-9A-F]{4}$/));

/**
 * LM-2: activation codes are four groups of four uppercase letters or digits (`EF7Q-2K9M-XR4D-81NB`);
 * the client may send lower case or surrounding spaces, the cloud normalizes them.
 */
export const ACTIVATION_CODE_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/;

/**
 * LM-2: a code as a person may type it: any case, with spaces (ASCII ones; others are refused as
 * look-alikes), with or without its dashes.
 */
export function normalizeActivationCode(code: string): string {
  const typed = upperAscii(code.replace(/[ \t\r\n]+/g, ''));
  const compact = typed.replaceAll('-', '');
  return /^[A-Z0-9]{16}$/.test(compact) ? (compact.match(/.{4}/g) ?? []).join('-') : typed;
}

export const sensorStatusSchema = z.enum(['active', 'expiring', 'expired', 'unlicensed']);

/**
 * LM-9, LM-15: the export's columns, in order, as the cloud names them; statuses are written as
 * `SENSOR_STATUS_LABELS` (src/domain/fleet) and Auto Renewal as below. The app turns these words
 * into the user's language.
 */
export const SENSOR_CSV_COLUMNS = [
  'Serial number',
  'Name',
  'Location',
  'Status',
  'Activation date',
  'Expires at',
  'Days left',
  'Key',
  'Licenses of key',
  'Queued licenses',
  'Auto Renewal',
] as const;
export type SensorCsvColumn = (typeof SENSOR_CSV_COLUMNS)[number];
export const SENSOR_CSV_AUTO_RENEWAL = { on: 'On', off: 'Off' } as const;

/** A license on a sensor, current or queued (LM-5). */
const sensorLicenseSchema = z.object({
  licenseId: idSchema,
  keyId: licenseKeyIdSchema,
  durationMonths: z.int().check(z.positive()),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type SensorLicense = z.infer<typeof sensorLicenseSchema>;

/** LM-3: one row of the fleet table, with its status and days left computed by the cloud. */
const sensorSchema = z
  .object({
    serial: z.string(),
    name: z.string(),
    location: z.string(),
    autoRenewal: z.boolean(),
    status: sensorStatusSchema,
    /** Days left after today on the current license (negative once expired); null when unlicensed. */
    daysLeft: z.nullable(z.int()),
    /** LM-3 "Key (n)": licenses of the current license's key on this sensor, current and queued. */
    keyLicenseCount: z.int().check(z.nonnegative()),
    current: z.nullable(sensorLicenseSchema),
    queue: z.array(sensorLicenseSchema),
    lastMeasurementAt: z.nullable(isoDateSchema),
    /** LM-11: the day Auto Renewal took the current license from the pool; null otherwise. */
    renewedFromPoolOn: z.nullable(isoDateSchema),
  })
  .register(z.globalRegistry, { id: 'Sensor' });
export type Sensor = z.infer<typeof sensorSchema>;

/**
 * LM-14: what happened to a sensor's licenses. `assigned`: a pool license became current that day;
 * `queued`: one was queued after the others; `started`: a queued license moved up (or, for a
 * sensor whose past the cloud did not record, its current license began); `renewed`: Auto Renewal
 * took one from the pool (LM-6, LM-11); `removed`: a queued one went back to the pool; `expired`:
 * the last license ended and nothing took over, so new measurements are not saved (LM-4).
 */
export const sensorEventKindSchema = z.enum([
  'added',
  'assigned',
  'queued',
  'started',
  'renewed',
  'removed',
  'expired',
  'autoRenewalOn',
  'autoRenewalOff',
]);
export type SensorEventKind = z.infer<typeof sensorEventKindSchema>;

const sensorEventSchema = z.object({
  day: isoDateSchema,
  kind: sensorEventKindSchema,
  /** The license the event is about, if any: its key and its dates. */
  keyId: z.nullable(z.string()),
  startDate: z.nullable(isoDateSchema),
  endDate: z.nullable(isoDateSchema),
});
export type SensorEvent = z.infer<typeof sensorEventSchema>;

/** LM-14: one simulated day's reading of a licensed sensor (Efento: temperature and humidity). */
const measurementSchema = z.object({
  day: isoDateSchema,
  /** °C */
  temperature: z.number(),
  /** Relative humidity, % */
  humidity: z.number(),
});
export type Measurement = z.infer<typeof measurementSchema>;

/** LM-14: a day a reading crossed its limit, or the day after expiry when measurements stopped. */
const sensorAlertSchema = z.object({
  day: isoDateSchema,
  kind: z.enum(['temperatureHigh', 'humidityHigh', 'measurementsStopped']),
  /** The reading and the limit it crossed; null for `measurementsStopped`. */
  value: z.nullable(z.number()),
  threshold: z.nullable(z.number()),
});
export type SensorAlert = z.infer<typeof sensorAlertSchema>;

/** LM-14: a sensor's page. The last days' measurements, past alerts and license events. */
const sensorHistorySchema = z
  .object({
    serial: z.string(),
    /** The days shown: `days` days up to the last saved measurement (today while licensed). */
    from: isoDateSchema,
    to: isoDateSchema,
    /** Oldest first; only days a license covered, up to the last saved measurement. */
    measurements: z.array(measurementSchema),
    /** Newest first, at most 50, from the last 365 days. */
    alerts: z.array(sensorAlertSchema),
    /** Newest first, at most the last 100. */
    events: z.array(sensorEventSchema),
    /** LM-4: the day after the last saved measurement while no license runs; else null. */
    notSavedSince: z.nullable(isoDateSchema),
  })
  .register(z.globalRegistry, { id: 'SensorHistory' });
export type SensorHistory = z.infer<typeof sensorHistorySchema>;

/** LM-14: how many days of measurements a sensor's page asks for, at most a year. */
export const SENSOR_HISTORY_DAYS = 90;
const sensorHistoryQuerySchema = z.strictObject({
  days: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(366)), SENSOR_HISTORY_DAYS),
});

/** LM-8: the columns the fleet table sorts by ("Add License" is an action, not data). */
const sensorSortSchema = z.enum(['sensor', 'activationDate', 'expiresAt', 'key', 'autoRenewal']);
export type SensorSort = z.infer<typeof sensorSortSchema>;
const sortDirectionSchema = z.enum(['asc', 'desc']);

/**
 * LM-8, LM-9: what the table shows. The cloud searches, filters and sorts (a 100,000-sensor fleet
 * is ~33 MB of JSON: too much to send, parse and hold in the page; see README).
 */
export const sensorQuerySchema = z.object({
  /** Part of a serial number or name, any case. */
  search: z
    .string()
    .check(
      z.trim(),
      z.maxLength(100, 'Search for at most 100 characters.'),
      z.superRefine(plainText('A search')),
    ),
  status: z.nullable(sensorStatusSchema),
  location: z.nullable(
    z
      .string()
      .check(
        z.maxLength(100, 'A location has at most 100 characters.'),
        z.superRefine(plainText('A location')),
      ),
  ),
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

const SENSOR_PAGE_MAX = 500;

const sensorStatusCountsSchema = z.object({
  active: z.int().check(z.nonnegative()),
  expiring: z.int().check(z.nonnegative()),
  expired: z.int().check(z.nonnegative()),
  unlicensed: z.int().check(z.nonnegative()),
});
export type SensorStatusCounts = z.infer<typeof sensorStatusCountsSchema>;

/** One window of the sorted, filtered fleet. */
const sensorPageSchema = z
  .object({
    /** Sensors matching the whole query. */
    total: z.int().check(z.nonnegative()),
    offset: z.int().check(z.nonnegative()),
    items: z.array(sensorSchema),
    /** Sensors per status matching the search and location (the status filter's counts). */
    counts: sensorStatusCountsSchema,
  })
  .register(z.globalRegistry, { id: 'SensorPage' });
export type SensorPage = z.infer<typeof sensorPageSchema>;

/** Sensors whose licenses run out in one calendar month (`2027-03`). */
const expiryMonthSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  sensors: z.int().check(z.nonnegative()),
  /** Of those, how many will draw a license from the pool (LM-6). */
  withAutoRenewal: z.int().check(z.nonnegative()),
});
export type ExpiryMonth = z.infer<typeof expiryMonthSchema>;

/** The fleet at a glance: size, locations to filter by, and the renewal wave. */
const fleetOverviewSchema = z
  .object({
    fleetSize: z.int().check(z.nonnegative()),
    /** The whole fleet per status, whatever the table's filters. */
    counts: sensorStatusCountsSchema,
    locations: z.array(z.string()),
    expiringPerMonth: z.array(expiryMonthSchema),
  })
  .register(z.globalRegistry, { id: 'FleetOverview' });
export type FleetOverview = z.infer<typeof fleetOverviewSchema>;

/** LM-13: one calendar month of the forecast: renewals due, and how many of them the pool covers. */
const forecastMonthSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  due: z.int().check(z.nonnegative()),
  coveredByPool: z.int().check(z.nonnegative()),
});
export type ForecastMonth = z.infer<typeof forecastMonthSchema>;

/** LM-13: the pool against the fleet's renewal pace over the next 12 calendar months. */
const poolForecastSchema = z
  .object({
    /** 12 months, from the current one. */
    months: z.array(forecastMonthSchema),
    /** The first day a renewal finds the pool empty; null when it lasts the 12 months. */
    poolRunsOutOn: z.nullable(isoDateSchema),
    /** Licenses to order so every renewal due in the first 3, 6 and 12 months is covered. */
    toOrder: z.object({
      months3: z.int().check(z.nonnegative()),
      months6: z.int().check(z.nonnegative()),
      months12: z.int().check(z.nonnegative()),
    }),
    licensesLeft: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'PoolForecast' });
export type PoolForecast = z.infer<typeof poolForecastSchema>;

const licenseKeySchema = z
  .object({
    id: licenseKeyIdSchema,
    durationMonths: z.int().check(z.positive()),
    /** Licenses of this key ever issued. */
    total: z.int().check(z.nonnegative()),
    /** Licenses of this key still in the pool. */
    available: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'LicenseKey' });
export type LicenseKey = z.infer<typeof licenseKeySchema>;

/** LM-2: "Licenses left: N", and how many of each key. */
const licensesLeftSchema = z
  .object({
    licensesLeft: z.int().check(z.nonnegative()),
    keys: z.array(licenseKeySchema),
  })
  .register(z.globalRegistry, { id: 'LicensesLeft' });
export type LicensesLeft = z.infer<typeof licensesLeftSchema>;

const redeemResultSchema = z
  .object({
    key: licenseKeySchema,
    added: z.int().check(z.positive()),
    /** LM-11: expired sensors with Auto Renewal on that took one of the new licenses at once. */
    renewedSensors: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'RedeemResult' });
export type RedeemResult = z.infer<typeof redeemResultSchema>;

/** LM-10: new sensors, as read from a pasted list; the cloud checks each again. */
const addSensorsBodySchema = z
  .object({
    sensors: z
      .array(
        z.object({
          serial: z.string().check(z.maxLength(40)),
          name: z.string().check(z.maxLength(200)),
        }),
      )
      .check(
        z.minLength(1, 'Add at least one sensor.'),
        z.maxLength(
          MAX_SENSORS_PER_ADD,
          `Add at most ${MAX_SENSORS_PER_ADD.toLocaleString('en-US')} sensors at a time.`,
        ),
      ),
    location: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Choose a location.'),
        z.maxLength(60, 'A location has at most 60 characters.'),
        z.superRefine(plainText('A location')),
      ),
  })
  .register(z.globalRegistry, { id: 'AddSensorsBody' });
export type AddSensorsBody = z.infer<typeof addSensorsBodySchema>;

const addSensorsResultSchema = z
  .object({
    added: z.int().check(z.nonnegative()),
    /** New sensors that took a pool license; the rest wait for one (LM-11). */
    licensed: z.int().check(z.nonnegative()),
    waiting: z.int().check(z.nonnegative()),
    refused: z.array(
      z.object({
        serial: z.string(),
        code: z.enum(['serial_format', 'serial_duplicate', 'name_too_long']),
        message: z.string(),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'AddSensorsResult' });
export type AddSensorsResult = z.infer<typeof addSensorsResultSchema>;

/** LM-7: the organization's users and the ones chosen for expiry e-mails. */
const expiryRecipientsSchema = z
  .object({
    users: z.array(fleetUserSchema),
    recipientIds: z.array(idSchema),
  })
  .register(z.globalRegistry, { id: 'ExpiryRecipients' });
export type ExpiryRecipients = z.infer<typeof expiryRecipientsSchema>;

const fleetSignInBodySchema = z
  .object({ role: fleetRoleSchema })
  .register(z.globalRegistry, { id: 'FleetSignInBody' });
const redeemBodySchema = z
  .object({
    code: z.string().check(z.maxLength(100, 'An activation code has at most 100 characters.')),
  })
  .register(z.globalRegistry, { id: 'RedeemBody' });
export const assignBodySchema = z
  .object({
    keyId: z.string().check(z.maxLength(50, 'A license key has at most 50 characters.')),
  })
  .register(z.globalRegistry, { id: 'AssignBody' });
const autoRenewalBodySchema = z
  .object({ on: z.boolean() })
  .register(z.globalRegistry, { id: 'AutoRenewalBody' });
const expiryRecipientsBodySchema = z
  .object({
    recipientIds: z
      .array(z.string().check(z.maxLength(100, 'A user ID has at most 100 characters.')))
      .check(z.maxLength(100, 'Choose at most 100 recipients.')),
  })
  .register(z.globalRegistry, { id: 'ExpiryRecipientsBody' });

/** Reads a query from URL parameters; anything absent takes its default. */
export const sensorQueryFromParamsSchema = z.object({
  search: z._default(z.string(), ''),
  status: z._default(z.nullable(sensorStatusSchema), null),
  location: z._default(
    z.nullable(z.string().check(z.maxLength(100, 'A location has at most 100 characters.'))),
    null,
  ),
  sort: z._default(sensorSortSchema, DEFAULT_SENSOR_QUERY.sort),
  direction: z._default(sortDirectionSchema, DEFAULT_SENSOR_QUERY.direction),
});

const sensorWindowSchema = z.object({
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(SENSOR_PAGE_MAX)), 100),
});

/** LM-8, LM-9: the table's query as the API's URL parameters; anything absent takes its default. */
const sensorQueryParamsSchema = z.object({
  search: z._default(sensorQuerySchema.shape.search, ''),
  status: z._default(sensorQuerySchema.shape.status, null),
  location: z._default(sensorQuerySchema.shape.location, null),
  sort: z._default(sensorSortSchema, DEFAULT_SENSOR_QUERY.sort),
  direction: z._default(sortDirectionSchema, DEFAULT_SENSOR_QUERY.direction),
});
const sensorPageQuerySchema = z.extend(sensorQueryParamsSchema, sensorWindowSchema.shape);

/** A serial number has no format of its own: any unknown one is simply not found (404). */
const serialParams = z.object({ serial: z.string() });

const fleet = { tag: 'fleet', session: { app: 'fleet' } } as const;
/** LM-1: only an Administrator or a Manager may use the License Manager. */
const manager = { ...fleet, role: 'Manager' } as const;
const roleForbidden = { 403: ['fleet_role_forbidden'] } as const;

export const fleetRoutes = {
  session: route({
    ...fleet,
    operationId: 'getFleetSession',
    method: 'get',
    path: '/fleet/session',
    summary: 'The signed-in organization user and whether they may manage licenses',
    response: { status: 200, schema: fleetSessionSchema },
    errors: {},
  }),
  signIn: route({
    operationId: 'signInFleet',
    method: 'post',
    path: '/fleet/session',
    summary: 'Sign in as the first organization user of a role (simulation)',
    tag: 'fleet',
    body: fleetSignInBodySchema,
    response: { status: 200, schema: signedInFleetSessionSchema },
    errors: { 404: ['user_not_found'] },
  }),
  signOut: route({
    operationId: 'signOutFleet',
    method: 'delete',
    path: '/fleet/session',
    summary: 'Sign out of the License Manager (the session ends, its cookie is cleared)',
    tag: 'fleet',
    session: { app: 'fleet', optional: true },
    response: { status: 204 },
    errors: {},
  }),
  sensorPage: route({
    ...manager,
    operationId: 'listSensorPage',
    method: 'get',
    path: '/fleet/sensors/page',
    summary: 'One window of the searched, filtered and sorted fleet',
    query: sensorPageQuerySchema,
    response: { status: 200, schema: sensorPageSchema },
    errors: roleForbidden,
  }),
  exportSensors: route({
    ...manager,
    operationId: 'exportSensorsCsv',
    method: 'get',
    path: '/fleet/sensors/export',
    summary: 'The fleet as filtered and sorted, as CSV',
    query: sensorQueryParamsSchema,
    response: { status: 200, csv: true },
    errors: roleForbidden,
  }),
  sensor: route({
    ...manager,
    operationId: 'getSensor',
    method: 'get',
    path: '/fleet/sensors/{serial}',
    summary: 'One sensor with its current and queued licenses',
    params: serialParams,
    response: { status: 200, schema: sensorSchema },
    errors: { ...roleForbidden, 404: ['sensor_not_found'] },
  }),
  sensorHistory: route({
    ...manager,
    operationId: 'getSensorHistory',
    method: 'get',
    path: '/fleet/sensors/{serial}/history',
    summary: "A sensor's simulated measurements, past alerts and license events (LM-14)",
    params: serialParams,
    query: sensorHistoryQuerySchema,
    response: { status: 200, schema: sensorHistorySchema },
    errors: { ...roleForbidden, 404: ['sensor_not_found'] },
  }),
  overview: route({
    ...manager,
    operationId: 'getFleetOverview',
    method: 'get',
    path: '/fleet/overview',
    summary: 'Fleet size, counts per status, locations and the renewal wave per month',
    response: { status: 200, schema: fleetOverviewSchema },
    errors: roleForbidden,
  }),
  forecast: route({
    ...manager,
    operationId: 'getPoolForecast',
    method: 'get',
    path: '/fleet/forecast',
    summary: 'Renewals due per month, when the pool runs out and how many licenses to order',
    response: { status: 200, schema: poolForecastSchema },
    errors: roleForbidden,
  }),
  licensesLeft: route({
    ...manager,
    operationId: 'getLicensesLeft',
    method: 'get',
    path: '/fleet/licenses-left',
    summary: 'Licenses left in the pool, per license key',
    response: { status: 200, schema: licensesLeftSchema },
    errors: roleForbidden,
  }),
  redeem: route({
    ...manager,
    operationId: 'redeemActivationCode',
    method: 'post',
    path: '/fleet/activation-codes',
    summary: 'Redeem an activation code into the pool',
    body: redeemBodySchema,
    idempotent: true,
    response: { status: 200, schema: redeemResultSchema },
    errors: {
      ...roleForbidden,
      400: ['code_malformed'],
      404: ['code_unknown'],
      409: ['code_used'],
      422: ['idempotency_key_reused'],
    },
  }),
  addSensors: route({
    ...manager,
    operationId: 'addSensors',
    method: 'post',
    path: '/fleet/sensors',
    summary: 'Add new sensors: Auto Renewal on, a pool license each while any is left',
    body: addSensorsBodySchema,
    idempotent: true,
    response: { status: 200, schema: addSensorsResultSchema },
    errors: { ...roleForbidden, 422: ['idempotency_key_reused'] },
  }),
  assign: route({
    ...manager,
    operationId: 'assignLicense',
    method: 'post',
    path: '/fleet/sensors/{serial}/licenses',
    summary: 'Assign a pool license of a key: current from today, else queued',
    params: serialParams,
    body: assignBodySchema,
    idempotent: true,
    response: { status: 200, schema: sensorSchema },
    errors: {
      ...roleForbidden,
      404: ['sensor_not_found', 'key_not_found'],
      409: ['pool_empty'],
      422: ['idempotency_key_reused'],
    },
  }),
  removeQueued: route({
    ...manager,
    operationId: 'removeQueuedLicense',
    method: 'delete',
    path: '/fleet/sensors/{serial}/queue/{licenseId}',
    summary: 'Remove a queued license back to the pool',
    params: z.extend(serialParams, { licenseId: idSchema }),
    idempotent: true,
    response: { status: 200, schema: sensorSchema },
    errors: {
      ...roleForbidden,
      404: ['sensor_not_found', 'license_not_queued'],
      409: ['queued_license_removed', 'queued_license_started'],
      422: ['idempotency_key_reused'],
    },
  }),
  setAutoRenewal: route({
    ...manager,
    operationId: 'setAutoRenewal',
    method: 'put',
    path: '/fleet/sensors/{serial}/auto-renewal',
    summary: "Switch a sensor's Auto Renewal",
    params: serialParams,
    body: autoRenewalBodySchema,
    response: { status: 200, schema: sensorSchema },
    errors: { ...roleForbidden, 404: ['sensor_not_found'] },
  }),
  expiryRecipients: route({
    ...manager,
    operationId: 'getExpiryRecipients',
    method: 'get',
    path: '/fleet/expiry-recipients',
    summary: 'Organization users and the ones chosen for expiry e-mails',
    response: { status: 200, schema: expiryRecipientsSchema },
    errors: roleForbidden,
  }),
  setExpiryRecipients: route({
    ...manager,
    operationId: 'setExpiryRecipients',
    method: 'put',
    path: '/fleet/expiry-recipients',
    summary: 'Choose who gets expiry e-mails',
    body: expiryRecipientsBodySchema,
    response: { status: 200, schema: expiryRecipientsSchema },
    errors: roleForbidden,
  }),
};
