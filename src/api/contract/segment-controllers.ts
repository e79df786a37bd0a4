import { z } from 'zod';
import { idParams, idSchema } from './common';
import { route } from './route';

/** Spec §1: 5 groups of 5 uppercase base32 characters. */
export const installCodeSchema = z
  .string()
  .regex(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/, 'An install code is 5 groups of 5 characters');

/** SS-42: provisioned (green), unprovisioned (blue), unlicensed (purple). */
export const deviceStateSchema = z.enum(['provisioned', 'unprovisioned', 'unlicensed']);
export type DeviceState = z.infer<typeof deviceStateSchema>;

const deviceCount = z.int().nonnegative();

export const segmentControllerSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    installCode: installCodeSchema,
    platform: z.enum(['SmartServer IoT', 'SmartServer Pi']),
    softwareVersion: z.string(),
    online: z.boolean(),
    customerId: idSchema.nullable(),
    /** Devices per state (each state named, so the document defines every property it requires). */
    devices: z.object({
      provisioned: deviceCount,
      unprovisioned: deviceCount,
      unlicensed: deviceCount,
    }),
  })
  .meta({ id: 'SegmentController' });
export type SegmentController = z.infer<typeof segmentControllerSchema>;

/** The format is checked by the cloud, which answers each mistake with its own message (SS-22). */
const saveCustomerIdBodySchema = z
  .object({
    customerId: z.string().max(200, 'A Customer ID has at most 200 characters.').nullable(),
  })
  .meta({ id: 'SaveCustomerIdBody' });

export const segmentControllerListSchema = z
  .object({ items: z.array(segmentControllerSchema) })
  .meta({ id: 'SegmentControllerList' });

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
};
