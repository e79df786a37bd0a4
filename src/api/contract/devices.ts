import { z } from 'zod/mini';
import { idSchema } from './common';
import { route } from './route';
import { deviceStateSchema } from './segment-controllers';

const deviceSchema = z.object({
  id: idSchema,
  segmentControllerId: idSchema,
  name: z.string(),
  protocol: z.enum(['LON', 'BACnet', 'Modbus', 'IOX']),
  state: deviceStateSchema,
});
export type Device = z.infer<typeof deviceSchema>;

const deviceListSchema = z
  .object({ items: z.array(deviceSchema) })
  .register(z.globalRegistry, { id: 'DeviceList' });

/** More than any segment controller holds (SS-42 provisions one or all). */
const MAX_DEVICES_PER_COMMAND = 10_000;

/** SS-42: `deviceIds: null` means every unprovisioned device of the segment controller. */
const provisionBodySchema = z
  .object({
    segmentControllerId: idSchema,
    deviceIds: z.nullable(
      z
        .array(idSchema)
        .check(
          z.minLength(1, 'Choose at least one device.'),
          z.maxLength(MAX_DEVICES_PER_COMMAND, 'Provision at most 10,000 devices at a time.'),
        ),
    ),
  })
  .register(z.globalRegistry, { id: 'ProvisionBody' });
export type ProvisionBody = z.infer<typeof provisionBodySchema>;

const provisionResultSchema = z
  .object({ provisioned: z.int().check(z.nonnegative()) })
  .register(z.globalRegistry, { id: 'ProvisionResult' });

export const deviceRoutes = {
  list: route({
    operationId: 'listDevices',
    method: 'get',
    path: '/cms/devices',
    summary: 'Devices of every segment controller',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: deviceListSchema },
    errors: {},
  }),
  provision: route({
    operationId: 'provisionDevices',
    method: 'post',
    path: '/cms/devices/provision',
    summary: 'Provision unprovisioned devices (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    body: provisionBodySchema,
    response: { status: 200, schema: provisionResultSchema },
    errors: {
      403: ['owner_only'],
      404: ['segment_controller_not_found', 'device_not_found'],
      409: ['device_unlicensed', 'core_license_required'],
    },
  }),
};
