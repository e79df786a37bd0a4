import { z } from 'zod/mini';
import { idParams, idSchema, isoDateSchema, plainText } from './common';
import { route } from './route';

/** What a license is for; a `remote-cms` license is for the CMS itself (SS-74). */
export const licenseKindSchema = z.enum([
  'capacity',
  'maintenance',
  'core',
  'upgrade',
  'remote-cms',
]);

/** SS-72: the day a one-time upgrade license was used up, and the release it installed. */
export const upgradeUseSchema = z
  .object({ date: isoDateSchema, toVersion: z.string() })
  .register(z.globalRegistry, { id: 'UpgradeUse' });

/** A license activated on one of this CMS's segment controllers (the Manage Licenses list, SS-4). */
export const activatedLicenseSchema = z
  .object({
    licenseId: idSchema,
    /** Null for a Remote CMS license: it is activated on the CMS itself (SS-74). */
    segmentControllerId: z.nullable(idSchema),
    kind: licenseKindSchema,
    deviceCount: z.int().check(z.nonnegative()),
    termYears: z.nullable(z.int().check(z.positive())),
    activationDate: isoDateSchema,
    /** End of this day is the end of the license (requirements, Conventions); null for licenses that never expire. */
    expiryDate: z.nullable(isoDateSchema),
    note: z.string().check(z.maxLength(255)),
    /** SS-72: set once a one-time upgrade license was used up; null for every other license. */
    upgradeUse: z.nullable(upgradeUseSchema),
    /** SS-74: how many segment controllers a Remote CMS license allows; null for the other kinds. */
    segmentControllerLimit: z.nullable(z.int().check(z.positive())),
  })
  .register(z.globalRegistry, { id: 'ActivatedLicense' });
export type ActivatedLicense = z.infer<typeof activatedLicenseSchema>;

/** A License ID (EID) for placeholders and format messages: never the Customer ID example. */
export const LICENSE_ID_EXAMPLE = '5f0c2a9e-7d41-4b8e-9c3a-1e6b2d8f4a70';

export const MAX_NOTE_LENGTH = 255;

/** SS-7: optional free text, at most 255 characters. */
export const noteSchema = z
  .string()
  .check(
    z.trim(),
    z.maxLength(MAX_NOTE_LENGTH, `A note has at most ${MAX_NOTE_LENGTH} characters.`),
    z.superRefine(plainText('A note')),
  );

const updateNoteBodySchema = z
  .object({ note: noteSchema })
  .register(z.globalRegistry, { id: 'UpdateNoteBody' });

export const activatedLicenseListSchema = z
  .object({ items: z.array(activatedLicenseSchema) })
  .register(z.globalRegistry, { id: 'ActivatedLicenseList' });

export const licenseRoutes = {
  list: route({
    operationId: 'listActivatedLicenses',
    method: 'get',
    path: '/cms/licenses',
    summary: 'Licenses activated on this CMS',
    tag: 'cms',
    session: { app: 'cms' },
    response: { status: 200, schema: activatedLicenseListSchema },
    errors: {},
  }),
  updateNote: route({
    operationId: 'updateLicenseNote',
    method: 'patch',
    path: '/cms/licenses/{id}',
    summary: "Edit an activated license's note (Owner)",
    tag: 'cms',
    session: { app: 'cms' },
    role: 'Owner',
    params: idParams,
    body: updateNoteBodySchema,
    response: { status: 200, schema: activatedLicenseSchema },
    errors: { 403: ['owner_only'], 404: ['license_not_activated'] },
  }),
};
