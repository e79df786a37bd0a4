import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { errorBodySchema } from './errors';
import { activatedLicenseSchema, licenseKindSchema } from './licenses';
import { invalidateAfterLicenseMove } from './license-moves';
import {
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_FILE,
  TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE,
} from './schemas';
import { installCodeSchema } from './segment-controllers';

/** SS-51: a license file is small text; anything larger is refused before it is read. */
export const MAX_LICENSE_FILE_BYTES = 1_048_576;

/** The cloud's words for a file over 1 MiB; the browser refuses such a file with the same words. */
export const FILE_TOO_LARGE_MESSAGE =
  'This file is larger than 1 MiB, so it is not a license file. Choose the .lic file you received.';

/** Twice the limit in UTF-16 characters is plenty: the cloud decides the 1 MiB rule on bytes. */
const fileTextSchema = z.string().max(MAX_LICENSE_FILE_BYTES * 2);

export const previewLicenseFileBodySchema = z.object({
  text: fileTextSchema,
  /** The target to check the file against; null: the one whose install code the file names. */
  segmentControllerId: idSchema.nullable(),
});

export const activateLicenseFileBodySchema = z.object({
  text: fileTextSchema,
  segmentControllerId: idSchema,
});

export const licenseFileLicenseSchema = z.object({
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  /** Why this license cannot be activated now (SS-51), or null. */
  problem: errorBodySchema.nullable(),
});
export type LicenseFileLicense = z.infer<typeof licenseFileLicenseSchema>;

/** SS-50: what a signed file holds, and what stands in the way of activating it on the target. */
export const licenseFilePreviewSchema = z.object({
  fileId: idSchema,
  installCode: installCodeSchema,
  issued: isoDateSchema,
  /** The segment controller whose install code the file names, if this CMS has it. */
  namedSegmentControllerId: idSchema.nullable(),
  /** The target the problems were checked against (the one asked for, else the named one). */
  targetSegmentControllerId: idSchema.nullable(),
  licenses: z.array(licenseFileLicenseSchema).min(1),
  /** A refusal that concerns the whole file on this target (already used, another install code). */
  problem: errorBodySchema.nullable(),
});
export type LicenseFilePreview = z.infer<typeof licenseFilePreviewSchema>;

export const licenseFileActivationSchema = z.object({
  fileId: idSchema,
  segmentControllerId: idSchema,
  licenses: z.array(activatedLicenseSchema),
});
export type LicenseFileActivation = z.infer<typeof licenseFileActivationSchema>;

export function previewLicenseFile(
  body: z.input<typeof previewLicenseFileBodySchema>,
  signal?: AbortSignal,
) {
  return apiRequest('/cms/license-files/preview', {
    method: 'POST',
    body,
    schema: licenseFilePreviewSchema,
    signal,
  });
}

export function activateLicenseFile({
  text,
  segmentControllerId,
  idempotencyKey,
}: {
  text: string;
  segmentControllerId: string;
  idempotencyKey: string;
}) {
  return apiRequest('/cms/license-files/activate', {
    method: 'POST',
    body: { text, segmentControllerId },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: licenseFileActivationSchema,
  });
}

export const licenseFileQueries = {
  all: () => ['license-files'] as const,
  /**
   * `fileKey` names one chosen file (a fresh UUID per choice): the text itself, up to 1 MiB, would
   * be hashed into the key on every render.
   */
  preview: (fileKey: string, text: string, segmentControllerId: string | null) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- fileKey stands for the text
    queryOptions({
      queryKey: [...licenseFileQueries.all(), 'preview', fileKey, segmentControllerId],
      queryFn: ({ signal }) => previewLicenseFile({ text, segmentControllerId }, signal),
      // The answer changes only when licenses move, which invalidates it.
      staleTime: Infinity,
    }),
};

/** SS-50: activating a file moves licenses onto a segment controller, and uses the file up. */
export function useActivateLicenseFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateLicenseFile,
    onSettled: (_data, error) =>
      Promise.all([
        invalidateAfterLicenseMove(queryClient),
        // After a success the view shows the result, not the preview: refetching it now would
        // flash "already used" while the mutation settles. After a refusal, show the new truth.
        queryClient.invalidateQueries({
          queryKey: licenseFileQueries.all(),
          refetchType: error ? 'active' : 'none',
        }),
      ]),
  });
}

/** Simulation only (as Customer Success, CS-4): tests and stories get a signed file without a portal. */
export const issueLicenseFileBodySchema = z.object({
  installCode: installCodeSchema,
  licenseIds: z
    .array(idSchema)
    .min(1, 'Choose at least one license.')
    .max(MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE),
});

export const issuedLicenseFileSchema = z.object({ fileName: z.string(), text: z.string() });
