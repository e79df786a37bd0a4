import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema, isoDateSchema } from './schemas';

export const licenseKindSchema = z.enum(['capacity', 'maintenance', 'core', 'upgrade']);

/** A licence activated on one of this CMS's segment controllers (the Manage Licenses list, SS-4). */
export const activatedLicenseSchema = z.object({
  licenseId: idSchema,
  segmentControllerId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  activationDate: isoDateSchema,
  /** End of this day is the end of the licence (spec §0); null for licences that never expire. */
  expiryDate: isoDateSchema.nullable(),
  note: z.string().max(255),
});
export type ActivatedLicense = z.infer<typeof activatedLicenseSchema>;

export const activatedLicenseListSchema = z.object({ items: z.array(activatedLicenseSchema) });

export function listActivatedLicenses(signal?: AbortSignal) {
  return apiRequest('/cms/licenses', { schema: activatedLicenseListSchema, signal });
}

export const licenseQueries = {
  all: () => ['licenses'] as const,
  activated: () =>
    queryOptions({
      queryKey: [...licenseQueries.all(), 'activated'],
      queryFn: ({ signal }) => listActivatedLicenses(signal),
      select: (data) => data.items,
    }),
};
