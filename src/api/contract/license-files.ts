import { z } from 'zod/mini';
import {
  errorBodySchema,
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_FILE,
  TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE,
} from './common';
import { activatedLicenseSchema, licenseKindSchema } from './licenses';
import { route } from './route';
import { installCodeSchema } from './segment-controllers';

/** SS-51: a license file is small text; anything larger is refused before it is read. */
export const MAX_LICENSE_FILE_BYTES = 1_048_576;

/** The cloud's words for a file over 1 MiB; the browser refuses such a file with the same words. */
export const FILE_TOO_LARGE_MESSAGE =
  'This file is larger than 1 MiB, so it is not a license file. Choose the .lic file you received.';

/** Twice the limit in UTF-16 characters is plenty: the cloud decides the 1 MiB rule on bytes. */
const fileTextSchema = z.string().check(z.maxLength(MAX_LICENSE_FILE_BYTES * 2));

const previewLicenseFileBodySchema = z
  .object({
    text: fileTextSchema,
    /** The target to check the file against; null: the one whose install code the file names. */
    segmentControllerId: z.nullable(idSchema),
  })
  .register(z.globalRegistry, { id: 'PreviewLicenseFileBody' });

const activateLicenseFileBodySchema = z
  .object({
    text: fileTextSchema,
    segmentControllerId: idSchema,
  })
  .register(z.globalRegistry, { id: 'ActivateLicenseFileBody' });

const licenseFileLicenseSchema = z.object({
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().check(z.nonnegative()),
  termYears: z.nullable(z.int().check(z.positive())),
  /** Why this license cannot be activated now (SS-51), or null. */
  problem: z.nullable(errorBodySchema),
});

/** SS-50: what a signed file holds, and what stands in the way of activating it on the target. */
const licenseFilePreviewSchema = z
  .object({
    fileId: idSchema,
    installCode: installCodeSchema,
    issued: isoDateSchema,
    /** The segment controller whose install code the file names, if this CMS has it. */
    namedSegmentControllerId: z.nullable(idSchema),
    /** The target the problems were checked against (the one asked for, else the named one). */
    targetSegmentControllerId: z.nullable(idSchema),
    licenses: z.array(licenseFileLicenseSchema).check(z.minLength(1)),
    /** A refusal that concerns the whole file on this target (already used, another install code). */
    problem: z.nullable(errorBodySchema),
  })
  .register(z.globalRegistry, { id: 'LicenseFilePreview' });
export type LicenseFilePreview = z.infer<typeof licenseFilePreviewSchema>;

const licenseFileActivationSchema = z
  .object({
    fileId: idSchema,
    segmentControllerId: idSchema,
    licenses: z.array(activatedLicenseSchema),
  })
  .register(z.globalRegistry, { id: 'LicenseFileActivation' });
export type LicenseFileActivation = z.infer<typeof licenseFileActivationSchema>;

/** Simulation only (as Customer Success, CS-4): tests and stories get a signed file without a portal. */
const issueLicenseFileBodySchema = z
  .object({
    installCode: installCodeSchema,
    licenseIds: z
      .array(idSchema)
      .check(
        z.minLength(1, 'Choose at least one license.'),
        z.maxLength(MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE),
      ),
  })
  .register(z.globalRegistry, { id: 'IssueLicenseFileBody' });

const issuedLicenseFileSchema = z
  .object({ fileName: z.string(), text: z.string() })
  .register(z.globalRegistry, { id: 'IssuedLicenseFile' });

/** SS-51: the first problem of the file, or of a license in it, refuses the whole file. */
const unreadable = ['not_a_license_file', 'several_license_files', 'file_corrupt'] as const;

const fileRefusals = [
  'file_already_used',
  'wrong_install_code',
  'already_active',
  'license_superseded',
  'not_for_platform',
  'core_license_required',
] as const;

export const licenseFileRoutes = {
  preview: route({
    operationId: 'previewLicenseFile',
    method: 'post',
    path: '/cms/license-files/preview',
    summary: 'What a license file holds and what stands in the way of activating it (Owner)',
    tag: 'files',
    session: { app: 'cms' },
    role: 'Owner',
    body: previewLicenseFileBodySchema,
    response: { status: 200, schema: licenseFilePreviewSchema },
    errors: {
      403: ['owner_only'],
      404: ['segment_controller_not_found'],
      413: ['file_too_large'],
      422: unreadable,
    },
  }),
  activate: route({
    operationId: 'activateLicenseFile',
    method: 'post',
    path: '/cms/license-files/activate',
    summary: 'Activate every license of a file on a segment controller, or none (Owner)',
    tag: 'files',
    session: { app: 'cms' },
    role: 'Owner',
    body: activateLicenseFileBodySchema,
    idempotent: true,
    response: { status: 200, schema: licenseFileActivationSchema },
    errors: {
      403: ['owner_only'],
      404: ['segment_controller_not_found', 'license_not_found'],
      409: fileRefusals,
      413: ['file_too_large'],
      422: [...unreadable, 'idempotency_key_reused'],
    },
  }),
  issue: route({
    operationId: 'issueLicenseFile',
    method: 'post',
    path: '/dev/license-files',
    summary: 'Issue a signed offline file (simulation: stands in for the portals)',
    tag: 'simulation',
    body: issueLicenseFileBodySchema,
    response: { status: 200, schema: issuedLicenseFileSchema },
    errors: {
      400: ['invalid_install_code'],
      404: ['license_not_found'],
      409: [...fileRefusals, 'several_customers'],
    },
  }),
};
