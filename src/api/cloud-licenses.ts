import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { licenseKindSchema } from './licenses';
import { idSchema, isoDateSchema } from './schemas';

/** A license waiting in the cloud for a segment controller's saved Customer ID (SS-30, SS-31). */
export const cloudLicenseSchema = z.object({
  segmentControllerId: idSchema,
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  /** Assigned to the customer, or last returned to the cloud. */
  transferDate: isoDateSchema,
  /** SS-13: maintenance expiry if activated today (the clock may already be running). */
  expiryDateIfActivatedToday: isoDateSchema.nullable(),
});
export type CloudLicense = z.infer<typeof cloudLicenseSchema>;

export const cloudLicenseListSchema = z.object({ items: z.array(cloudLicenseSchema) });

export function listCloudLicenses(signal?: AbortSignal) {
  return apiRequest('/cms/cloud-licenses', { schema: cloudLicenseListSchema, signal });
}

export const cloudLicenseQueries = {
  all: () => ['cloud-licenses'] as const,
  list: () =>
    queryOptions({
      queryKey: [...cloudLicenseQueries.all(), 'list'],
      queryFn: ({ signal }) => listCloudLicenses(signal),
      select: (data) => data.items,
    }),
};
