import { z } from 'zod/mini';
import {
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_COMMAND,
  TOO_MANY_LICENSES_MESSAGE,
} from './common';
import { route } from './route';

export const transferToCloudBodySchema = z
  .object({
    licenseIds: z
      .array(idSchema)
      .check(
        z.minLength(1, 'Choose at least one license.'),
        z.maxLength(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
      ),
  })
  .register(z.globalRegistry, { id: 'TransferToCloudBody' });

const transferResultSchema = z
  .object({
    transferredLicenseIds: z.array(idSchema),
    transferDate: isoDateSchema,
  })
  .register(z.globalRegistry, { id: 'TransferResult' });
export type TransferResult = z.infer<typeof transferResultSchema>;

export const transferRoutes = {
  toCloud: route({
    operationId: 'transferToCloud',
    method: 'post',
    path: '/cms/license-transfers',
    summary: 'Transfer licenses back to the cloud (Owner; every segment controller online)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    body: transferToCloudBodySchema,
    idempotent: true,
    response: { status: 200, schema: transferResultSchema },
    errors: {
      403: ['owner_only'],
      404: ['license_not_found'],
      409: ['license_not_activated', 'already_in_cloud', 'activation_in_progress'],
      422: ['not_transferable', 'idempotency_key_reused'],
      503: ['segment_offline'],
    },
  }),
};
