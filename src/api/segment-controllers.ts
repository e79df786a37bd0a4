import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema } from './schemas';

/** Spec §1: 5 groups of 5 uppercase base32 characters. */
export const installCodeSchema = z
  .string()
  .regex(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/, 'An install code is 5 groups of 5 characters');

/** SS-42: provisioned (green), unprovisioned (blue), unlicensed (purple). */
export const deviceStateSchema = z.enum(['provisioned', 'unprovisioned', 'unlicensed']);
export type DeviceState = z.infer<typeof deviceStateSchema>;

export const segmentControllerSchema = z.object({
  id: idSchema,
  name: z.string(),
  installCode: installCodeSchema,
  platform: z.enum(['SmartServer IoT', 'SmartServer Pi']),
  softwareVersion: z.string(),
  online: z.boolean(),
  customerId: idSchema.nullable(),
  devices: z.record(deviceStateSchema, z.int().nonnegative()),
});
export type SegmentController = z.infer<typeof segmentControllerSchema>;

export const segmentControllerListSchema = z.object({ items: z.array(segmentControllerSchema) });

export function listSegmentControllers(signal?: AbortSignal) {
  return apiRequest('/cms/segment-controllers', { schema: segmentControllerListSchema, signal });
}

export function totalDevices(controller: SegmentController): number {
  const { provisioned, unprovisioned, unlicensed } = controller.devices;
  return provisioned + unprovisioned + unlicensed;
}

export const segmentControllerQueries = {
  all: () => ['segment-controllers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...segmentControllerQueries.all(), 'list'],
      queryFn: ({ signal }) => listSegmentControllers(signal),
      select: (data) => data.items,
    }),
};
