import { z } from 'zod/mini';
import { idSchema, isoDateSchema, MAX_LICENSES_PER_COMMAND } from './common';
import { route } from './route';

const idList = z.array(idSchema).check(z.maxLength(MAX_LICENSES_PER_COMMAND));

/** PL-1: the what-if steps the Owner carries out in one step. */
const planBodySchema = z
  .object({
    activate: z
      .array(z.object({ licenseId: idSchema, segmentControllerId: idSchema }))
      .check(z.maxLength(MAX_LICENSES_PER_COMMAND)),
    transfer: idList,
    /** Nothing to do in the cloud: recorded with the plan, so its audit event says what was decided. */
    letExpire: idList,
  })
  .check(
    z.refine((plan) => plan.activate.length + plan.transfer.length > 0, {
      message: 'Choose at least one license to activate or transfer.',
    }),
  )
  .register(z.globalRegistry, { id: 'PlanBody' });
export type PlanBody = z.infer<typeof planBodySchema>;

const planResultSchema = z
  .object({
    activatedLicenseIds: z.array(idSchema),
    transferredLicenseIds: z.array(idSchema),
    letExpireLicenseIds: z.array(idSchema),
    date: isoDateSchema,
  })
  .register(z.globalRegistry, { id: 'PlanResult' });
export type PlanResult = z.infer<typeof planResultSchema>;

export const planRoutes = {
  carryOut: route({
    operationId: 'carryOutPlan',
    method: 'post',
    path: '/cms/plan',
    summary:
      'Carry out a coverage plan: activate and transfer licenses, all or nothing (Owner; every segment controller online)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    body: planBodySchema,
    idempotent: true,
    response: { status: 200, schema: planResultSchema },
    errors: {
      403: ['owner_only'],
      404: ['license_not_found', 'segment_controller_not_found', 'license_not_activated'],
      409: [
        'license_listed_twice',
        'already_active',
        'license_superseded',
        'already_in_cloud',
        'activation_in_progress',
        'core_license_required',
      ],
      422: [
        'wrong_account',
        'license_not_sold',
        'not_for_platform',
        'not_transferable',
        'idempotency_key_reused',
      ],
      503: ['segment_offline'],
    },
  }),
};
