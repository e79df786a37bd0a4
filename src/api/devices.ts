import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema } from './schemas';
import { deviceStateSchema, segmentControllerQueries } from './segment-controllers';

export const deviceSchema = z.object({
  id: idSchema,
  segmentControllerId: idSchema,
  name: z.string(),
  protocol: z.enum(['LON', 'BACnet', 'Modbus', 'IOX']),
  state: deviceStateSchema,
});
export type Device = z.infer<typeof deviceSchema>;

export const deviceListSchema = z.object({ items: z.array(deviceSchema) });

export function listDevices(signal?: AbortSignal) {
  return apiRequest('/cms/devices', { schema: deviceListSchema, signal });
}

/** More than any segment controller holds (SS-42 provisions one or all). */
export const MAX_DEVICES_PER_COMMAND = 10_000;

export const provisionBodySchema = z.object({
  segmentControllerId: idSchema,
  deviceIds: z
    .array(idSchema)
    .min(1, 'Choose at least one device.')
    .max(MAX_DEVICES_PER_COMMAND, 'Provision at most 10,000 devices at a time.')
    .nullable(),
});

export const provisionResultSchema = z.object({ provisioned: z.int().nonnegative() });

/** SS-42: unprovisioned (blue) devices become provisioned (green); `deviceIds: null` means all of them. */
export function provisionDevices(body: z.infer<typeof provisionBodySchema>) {
  return apiRequest('/cms/devices/provision', {
    method: 'POST',
    body,
    schema: provisionResultSchema,
  });
}

export const deviceQueries = {
  all: () => ['devices'] as const,
  list: () =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'list'],
      queryFn: ({ signal }) => listDevices(signal),
      select: (data) => data.items,
    }),
};

export function useProvisionDevices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: provisionDevices,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: deviceQueries.all() }),
        queryClient.invalidateQueries({ queryKey: segmentControllerQueries.all() }),
      ]),
  });
}
