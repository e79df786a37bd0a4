import { z } from 'zod/mini';
import { idSchema, isoDateSchema } from './common';
import { licenseKindSchema } from './licenses';
import { route } from './route';

/** A license waiting in the cloud for a saved Customer ID, listed once (SS-30, SS-31, SS-76). */
const cloudLicenseSchema = z.object({
  licenseId: idSchema,
  /** SS-76: every segment controller that saved the license's Customer ID, in list order. */
  segmentControllerIds: z.array(idSchema).check(z.minLength(1)),
  kind: licenseKindSchema,
  deviceCount: z.int().check(z.nonnegative()),
  termYears: z.nullable(z.int().check(z.positive())),
  /** Assigned to the customer, or last returned to the cloud. */
  transferDate: isoDateSchema,
  /** SS-13: maintenance expiry if activated today (the clock may already be running). */
  expiryDateIfActivatedToday: z.nullable(isoDateSchema),
});
export type CloudLicense = z.infer<typeof cloudLicenseSchema>;

const cloudLicenseListSchema = z
  .object({ items: z.array(cloudLicenseSchema) })
  .register(z.globalRegistry, { id: 'CloudLicenseList' });

export const cloudLicenseRoutes = {
  list: route({
    operationId: 'listCloudLicenses',
    method: 'get',
    path: '/cms/cloud-licenses',
    summary: 'Licenses waiting in the cloud for a saved Customer ID (Owner)',
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    response: { status: 200, schema: cloudLicenseListSchema },
    errors: { 403: ['owner_only'] },
  }),
};
