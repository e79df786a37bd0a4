import { z } from 'zod/mini';
import {
  errorBodySchema,
  idSchema,
  MAX_LICENSES_PER_COMMAND,
  TOO_MANY_LICENSES_MESSAGE,
} from './common';
import { route } from './route';

const activationTargetSchema = z.object({
  segmentControllerId: idSchema,
  licenseId: idSchema,
});
export type ActivationTarget = z.infer<typeof activationTargetSchema>;

const activationItemSchema = z.extend(activationTargetSchema, {
  state: z.enum(['pending', 'activating', 'activated', 'failed']),
  /** Why the cloud refused this license (SS-35); null unless failed. */
  error: z.nullable(errorBodySchema),
});
export type ActivationItem = z.infer<typeof activationItemSchema>;

/** SS-33: activation is a server-side job that can take minutes. */
export const activationJobSchema = z
  .object({
    id: idSchema,
    status: z.enum(['running', 'finished']),
    createdAt: z.iso.datetime(),
    items: z.array(activationItemSchema),
  })
  .register(z.globalRegistry, { id: 'ActivationJob' });
export type ActivationJob = z.infer<typeof activationJobSchema>;

export const activationJobListSchema = z
  .object({ items: z.array(activationJobSchema) })
  .register(z.globalRegistry, { id: 'ActivationJobList' });

const startActivationBodySchema = z
  .object({
    items: z
      .array(activationTargetSchema)
      .check(
        z.minLength(1, 'Choose at least one license.'),
        z.maxLength(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
      ),
  })
  .register(z.globalRegistry, { id: 'StartActivationBody' });

export const activationRoutes = {
  list: route({
    operationId: 'listActivationJobs',
    method: 'get',
    path: '/cms/activation-jobs',
    summary: 'Recent activation jobs, newest first (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    response: { status: 200, schema: activationJobListSchema },
    errors: { 403: ['owner_only'] },
  }),
  start: route({
    operationId: 'startActivation',
    method: 'post',
    path: '/cms/activation-jobs',
    summary: 'Start activating cloud licenses; each item succeeds or fails on its own (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    body: startActivationBodySchema,
    idempotent: true,
    response: { status: 202, schema: activationJobSchema },
    errors: {
      403: ['owner_only'],
      404: ['segment_controller_not_found'],
      409: ['activation_in_progress'],
      422: ['license_listed_twice', 'idempotency_key_reused'],
    },
  }),
};
