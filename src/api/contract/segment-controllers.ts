import { z } from 'zod/mini';
import { idParams, idSchema, isoDateSchema } from './common';
import { route } from './route';

/** Spec §1: 5 groups of 5 uppercase base32 characters. */
export const installCodeSchema = z
  .string()
  .check(z.regex(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/, 'An install code is 5 groups of 5 characters'));

/** SS-42: provisioned (green), unprovisioned (blue), unlicensed (purple). */
export const deviceStateSchema = z.enum(['provisioned', 'unprovisioned', 'unlicensed']);
export type DeviceState = z.infer<typeof deviceStateSchema>;

const deviceCount = z.int().check(z.nonnegative());

/** CS-2: the last time Customer Success returned a segment controller's licenses (RMA). */
export const licensesReturnedSchema = z
  .object({ reference: z.string(), date: isoDateSchema, licenseIds: z.array(idSchema) })
  .register(z.globalRegistry, { id: 'LicensesReturned' });
export type LicensesReturned = z.infer<typeof licensesReturnedSchema>;

export const segmentControllerSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    installCode: installCodeSchema,
    platform: z.enum(['SmartServer IoT', 'SmartServer Pi']),
    softwareVersion: z.string(),
    online: z.boolean(),
    customerId: z.nullable(idSchema),
    /** Devices per state (each state named, so the document defines every property it requires). */
    devices: z.object({
      provisioned: deviceCount,
      unprovisioned: deviceCount,
      unlicensed: deviceCount,
    }),
    /** CS-2: set once Customer Success returned its licenses on its behalf; null otherwise. */
    licensesReturned: z.nullable(licensesReturnedSchema),
  })
  .register(z.globalRegistry, { id: 'SegmentController' });
export type SegmentController = z.infer<typeof segmentControllerSchema>;

/** The format is checked by the cloud, which answers each mistake with its own message (SS-22). */
const saveCustomerIdBodySchema = z
  .object({
    customerId: z.nullable(
      z.string().check(z.maxLength(200, 'A Customer ID has at most 200 characters.')),
    ),
  })
  .register(z.globalRegistry, { id: 'SaveCustomerIdBody' });

export const segmentControllerListSchema = z
  .object({ items: z.array(segmentControllerSchema) })
  .register(z.globalRegistry, { id: 'SegmentControllerList' });

/** SS-70: the release to re-image to; the cloud names an unknown one (SS-71). */
const reimageBodySchema = z
  .object({
    softwareVersion: z
      .string()
      .check(z.maxLength(20, 'A software version has at most 20 characters.')),
  })
  .register(z.globalRegistry, { id: 'ReimageBody' });

const reimageResultSchema = z
  .object({
    segmentController: segmentControllerSchema,
    /** SS-72: the one-time upgrade license this re-image used up, if it needed one. */
    usedUpgradeLicenseId: z.nullable(idSchema),
  })
  .register(z.globalRegistry, { id: 'ReimageResult' });
export type ReimageResult = z.infer<typeof reimageResultSchema>;

/** SS-70: what each lifecycle action answers besides re-imaging: the segment controller after it. */
const lifecycleAction = (operationId: string, path: string, summary: string) =>
  route({
    operationId,
    method: 'post',
    path: `/cms/segment-controllers/{id}/${path}`,
    summary,
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    params: idParams,
    response: { status: 200, schema: segmentControllerSchema },
    errors: { 403: ['owner_only'], 404: ['segment_controller_not_found'] },
  });

export const segmentControllerRoutes = {
  list: route({
    operationId: 'listSegmentControllers',
    method: 'get',
    path: '/cms/segment-controllers',
    summary: 'Segment controllers with their device counts (License Status)',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: segmentControllerListSchema },
    errors: {},
  }),
  saveCustomerId: route({
    operationId: 'saveCustomerId',
    method: 'put',
    path: '/cms/segment-controllers/{id}/customer-id',
    summary: 'Save or clear the Customer ID of a segment controller (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    params: idParams,
    body: saveCustomerIdBodySchema,
    response: { status: 200, schema: segmentControllerSchema },
    errors: {
      400: ['invalid_customer_id'],
      403: ['owner_only'],
      404: ['segment_controller_not_found', 'customer_not_found'],
      422: ['license_id_not_customer_id'],
    },
  }),
  reimage: route({
    operationId: 'reimageSegmentController',
    method: 'post',
    path: '/cms/segment-controllers/{id}/reimage',
    summary: 'Re-image a segment controller to a software release; licenses stay (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    params: idParams,
    body: reimageBodySchema,
    response: { status: 200, schema: reimageResultSchema },
    errors: {
      403: ['owner_only'],
      404: ['segment_controller_not_found'],
      409: ['maintenance_required'],
      422: ['unknown_software_version'],
    },
  }),
  resetDatabases: lifecycleAction(
    'resetSegmentControllerDatabases',
    'reset-databases',
    'Reset Databases: the device list is emptied; licenses stay (Owner)',
  ),
  restoreFactorySettings: lifecycleAction(
    'restoreSegmentControllerFactorySettings',
    'restore-factory-settings',
    'Restore Factory Settings: the device list is emptied; licenses stay (Owner)',
  ),
};
