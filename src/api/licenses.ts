import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema, isoDateSchema, plainText } from './schemas';

export const licenseKindSchema = z.enum(['capacity', 'maintenance', 'core', 'upgrade']);

/** A license activated on one of this CMS's segment controllers (the Manage Licenses list, SS-4). */
export const activatedLicenseSchema = z.object({
  licenseId: idSchema,
  segmentControllerId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  activationDate: isoDateSchema,
  /** End of this day is the end of the license (spec §0); null for licenses that never expire. */
  expiryDate: isoDateSchema.nullable(),
  note: z.string().max(255),
});
export type ActivatedLicense = z.infer<typeof activatedLicenseSchema>;

/** SS-7: optional free text, at most 255 characters. */
export const noteSchema = z
  .string()
  .trim()
  .max(255, 'A note has at most 255 characters.')
  .superRefine(plainText('A note'));

export const updateNoteBodySchema = z.object({ note: noteSchema });

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

export function updateLicenseNote({ licenseId, note }: { licenseId: string; note: string }) {
  return apiRequest(`/cms/licenses/${licenseId}`, {
    method: 'PATCH',
    body: { note },
    schema: activatedLicenseSchema,
  });
}

/** SS-7. The row shows the pending text from the mutation's variables; settling restores the truth. */
export function useUpdateLicenseNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLicenseNote,
    onSettled: () => queryClient.invalidateQueries({ queryKey: licenseQueries.all() }),
  });
}
