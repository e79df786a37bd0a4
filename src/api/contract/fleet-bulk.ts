import { z } from 'zod/mini';
import { sensorQuerySchema } from './fleet';
import { route } from './route';

/** LM-12: a bulk command names its sensors one by one up to this many; beyond, it takes a filter. */
export const MAX_BULK_SELECTED = 1_000;

/** LM-12: how many refusals one answer lists; the count covers them all. */
export const BULK_REFUSALS_LISTED = 100;

const bulkActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('assign'),
    keyId: z.string().check(z.maxLength(50, 'A license key has at most 50 characters.')),
  }),
  z.object({ kind: z.literal('autoRenewal'), on: z.boolean() }),
  z.object({ kind: z.literal('removeQueued') }),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;

/**
 * The rows ticked in the table, or everything a filter matches. `expected` is the count the person
 * confirmed: when the fleet has changed since, the cloud refuses rather than act on other sensors.
 */
const bulkTargetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('selected'),
    serials: z
      .array(z.string().check(z.maxLength(40)))
      .check(
        z.maxLength(
          MAX_BULK_SELECTED,
          `Select at most ${MAX_BULK_SELECTED.toLocaleString('en-US')} sensors, or act on the filter.`,
        ),
      ),
  }),
  z.object({
    kind: z.literal('filtered'),
    filter: z.pick(sensorQuerySchema, { search: true, status: true, location: true }),
    expected: z.int().check(z.nonnegative()),
  }),
]);
export type BulkTarget = z.infer<typeof bulkTargetSchema>;

const bulkBodySchema = z
  .object({ action: bulkActionSchema, target: bulkTargetSchema })
  .register(z.globalRegistry, { id: 'FleetBulkBody' });
export type BulkBody = z.infer<typeof bulkBodySchema>;

const bulkRefusalCodeSchema = z.enum(['sensor_not_found', 'nothing_queued']);

const bulkResultSchema = z
  .object({
    /** m: the sensors the command was for. */
    requested: z.int().check(z.nonnegative()),
    /** n: the sensors it changed (or found as asked already). */
    succeeded: z.int().check(z.nonnegative()),
    refusedCount: z.int().check(z.nonnegative()),
    /** The first BULK_REFUSALS_LISTED refusals, each with its reason. */
    refusals: z.array(
      z.object({
        serial: z.string(),
        name: z.nullable(z.string()),
        code: bulkRefusalCodeSchema,
        message: z.string(),
      }),
    ),
    /** Sensors without a license that took one from the pool afterwards (LM-11). */
    renewedSensors: z.int().check(z.nonnegative()),
  })
  .register(z.globalRegistry, { id: 'FleetBulkResult' });
export type BulkResult = z.infer<typeof bulkResultSchema>;

const manager = { tag: 'fleet', session: { app: 'fleet' }, role: 'Manager' } as const;

export const fleetBulkRoutes = {
  run: route({
    ...manager,
    operationId: 'runFleetBulkCommand',
    method: 'post',
    path: '/fleet/bulk',
    summary:
      'Assign licenses, switch Auto Renewal or remove queued licenses on many sensors at once',
    body: bulkBodySchema,
    idempotent: true,
    response: { status: 200, schema: bulkResultSchema },
    errors: {
      403: ['fleet_role_forbidden'],
      404: ['key_not_found'],
      409: ['pool_short', 'bulk_count_changed'],
      422: ['bulk_empty', 'idempotency_key_reused'],
    },
  }),
};
