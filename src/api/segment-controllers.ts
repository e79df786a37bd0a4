import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { cloudLicenseQueries } from './cloud-licenses';
import { z } from 'zod';
import { apiRequest } from './client';
import { upperAscii } from '@/domain/text-input';
import { asciiOnly, idSchema } from './schemas';

/** Spec §1: 5 groups of 5 uppercase base32 characters. */
export const installCodeSchema = z
  .string()
  .regex(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){4}$/, 'An install code is 5 groups of 5 characters');

export const INSTALL_CODE_FORMAT_MESSAGE =
  'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.';

/** An install code as a person types or pastes it: spaces around it and lower case are forgiven. */
export const typedInstallCodeSchema = z
  .string()
  .trim()
  .superRefine(asciiOnly('Latin letters and digits'))
  .transform(upperAscii)
  .refine((code) => installCodeSchema.safeParse(code).success, INSTALL_CODE_FORMAT_MESSAGE);

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

/** The format is checked by the cloud, which answers each mistake with its own message (SS-22). */
export const saveCustomerIdBodySchema = z.object({
  customerId: z.string().max(200, 'A Customer ID has at most 200 characters.').nullable(),
});

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

export function saveCustomerId({
  segmentControllerId,
  customerId,
}: {
  segmentControllerId: string;
  customerId: string | null;
}) {
  return apiRequest(`/cms/segment-controllers/${segmentControllerId}/customer-id`, {
    method: 'PUT',
    body: { customerId },
    schema: segmentControllerSchema,
  });
}

/** SS-21: a saved Customer ID changes which cloud licenses the segment controller can download. */
export function useSaveCustomerId() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCustomerId,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: segmentControllerQueries.all() }),
        queryClient.invalidateQueries({ queryKey: cloudLicenseQueries.all() }),
      ]),
  });
}
