import { z } from 'zod/mini';
import { idParams, idSchema, isoDateSchema, plainText, sessionTokenSchema } from './common';
import { licenseKindSchema } from './licenses';
import { route } from './route';
import { installCodeSchema, licensesReturnedSchema } from './segment-controllers';

/** CS-1: who works in the Customer Success console; only a license administrator may use it. */
export const supportRoleSchema = z.enum(['License administrator', 'Support agent']);
export type SupportRole = z.infer<typeof supportRoleSchema>;

const supportStaffSchema = z
  .object({ id: idSchema, name: z.string(), role: supportRoleSchema })
  .register(z.globalRegistry, { id: 'SupportStaff' });
export type SupportStaff = z.infer<typeof supportStaffSchema>;

const supportStaffListSchema = z
  .object({ items: z.array(supportStaffSchema) })
  .register(z.globalRegistry, { id: 'SupportStaffList' });
const supportSessionSchema = z
  .object({ staff: z.nullable(supportStaffSchema) })
  .register(z.globalRegistry, { id: 'SupportSession' });
const signedInSupportSessionSchema = z
  .object({ staff: supportStaffSchema, ...sessionTokenSchema.shape })
  .register(z.globalRegistry, { id: 'SignedInSupportSession' });
const signInSupportBodySchema = z
  .object({ staffId: idSchema })
  .register(z.globalRegistry, { id: 'SignInSupportBody' });

export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 100;
/** Each group of an answer lists at most this many; its total says how many matched. */
export const SEARCH_GROUP_LIMIT = 25;

const searchQuerySchema = z.object({
  q: z
    .string()
    .check(
      z.trim(),
      z.minLength(MIN_SEARCH_LENGTH, `Type at least ${MIN_SEARCH_LENGTH} characters.`),
      z.maxLength(MAX_SEARCH_LENGTH, `A search has at most ${MAX_SEARCH_LENGTH} characters.`),
      z.superRefine(plainText('A search')),
    ),
});

const controllerHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  installCode: installCodeSchema,
  online: z.boolean(),
  customerId: z.nullable(idSchema),
  customerName: z.nullable(z.string()),
});

/** Where a license stands, as Customer Success sees it. */
const supportLicenseStatusSchema = z.enum(['replaced', 'unsold', 'in-cloud', 'activated', 'used']);
export type SupportLicenseStatus = z.infer<typeof supportLicenseStatusSchema>;

const supportLicenseSchema = z
  .object({
    licenseId: idSchema,
    kind: licenseKindSchema,
    deviceCount: z.int().check(z.nonnegative()),
    termYears: z.nullable(z.int().check(z.positive())),
    /** SS-74: the segment controllers a Remote CMS license allows; null for the other kinds. */
    segmentControllerLimit: z.nullable(z.int().check(z.positive())),
    status: supportLicenseStatusSchema,
    partnerName: z.string(),
    purchaseOrder: z.string(),
    customerId: z.nullable(idSchema),
    customerName: z.nullable(z.string()),
    /** PP-5: this license's successor (it was transferred under a new ID), and its predecessor. */
    supersededBy: z.nullable(idSchema),
    replaces: z.nullable(idSchema),
    /** The segment controller it is activated on; null when in the cloud or on the CMS itself. */
    activatedOnId: z.nullable(idSchema),
    activatedOnName: z.nullable(z.string()),
    /** SS-13: a maintenance license's expiry once its clock started; a Remote CMS license's too. */
    expiryDate: z.nullable(isoDateSchema),
  })
  .register(z.globalRegistry, { id: 'SupportLicense' });
export type SupportLicense = z.infer<typeof supportLicenseSchema>;

const accountHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  partnerName: z.string(),
});

const purchaseHitSchema = z.object({
  purchaseOrder: z.string(),
  partnerName: z.string(),
  licenseCount: z.int().check(z.nonnegative()),
});

const partnerHitSchema = z.object({
  id: idSchema,
  name: z.string(),
  accountCount: z.int().check(z.nonnegative()),
});

const group = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.int().check(z.nonnegative()) });

/**
 * CS-1: every kind of thing the query names. A purchase also lists its licenses, and a partner its
 * accounts, so one search reaches what the administrator acts on.
 */
const supportSearchResultSchema = z
  .object({
    segmentControllers: group(controllerHitSchema),
    licenses: group(supportLicenseSchema),
    accounts: group(accountHitSchema),
    purchases: group(purchaseHitSchema),
    partners: group(partnerHitSchema),
  })
  .register(z.globalRegistry, { id: 'SupportSearchResult' });
export type SupportSearchResult = z.infer<typeof supportSearchResultSchema>;

/** A segment controller as Customer Success sees it, whether it is online or not. */
const supportControllerSchema = z
  .object({
    ...controllerHitSchema.shape,
    platform: z.enum(['SmartServer IoT', 'SmartServer Pi']),
    softwareVersion: z.string(),
    licenses: z.array(supportLicenseSchema),
    licensesReturned: z.nullable(licensesReturnedSchema),
  })
  .register(z.globalRegistry, { id: 'SupportController' });
export type SupportController = z.infer<typeof supportControllerSchema>;

/** An account (Customer ID) with the licenses it holds and the segment controllers that saved it. */
const supportAccountSchema = z
  .object({
    ...accountHitSchema.shape,
    contactEmails: z.array(z.string()),
    segmentControllers: z.array(controllerHitSchema),
    licenses: z.array(supportLicenseSchema),
  })
  .register(z.globalRegistry, { id: 'SupportAccount' });
export type SupportAccount = z.infer<typeof supportAccountSchema>;

export const MAX_REFERENCE_LENGTH = 40;

/** CS-2: the RMA or case number every action on a customer's behalf is filed under. */
export const caseReferenceSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter the RMA or case number.'),
    z.maxLength(
      MAX_REFERENCE_LENGTH,
      `An RMA or case number has at most ${MAX_REFERENCE_LENGTH} characters.`,
    ),
    z.superRefine(plainText('An RMA or case number')),
  );

const returnLicensesBodySchema = z
  .object({ reference: caseReferenceSchema })
  .register(z.globalRegistry, { id: 'ReturnLicensesBody' });

/** SS-74 (decided): the sizes a Remote CMS license is sold in. */
export const REMOTE_CMS_SIZES = [5, 10, 25, 50, 100] as const;
export const MAX_CMS_NAME_LENGTH = 60;

const remoteCmsBodySchema = z
  .object({
    customerId: idSchema,
    segmentControllerLimit: z.int(),
    cmsName: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter the name of the CMS.'),
        z.maxLength(
          MAX_CMS_NAME_LENGTH,
          `A CMS name has at most ${MAX_CMS_NAME_LENGTH} characters.`,
        ),
        z.superRefine(plainText('A CMS name')),
      ),
    reference: caseReferenceSchema,
  })
  .register(z.globalRegistry, { id: 'RemoteCmsBody' });
export type RemoteCmsBody = z.infer<typeof remoteCmsBodySchema>;

const supportMaintenanceFileBodySchema = z
  .object({ licenseId: idSchema, installCode: installCodeSchema })
  .register(z.globalRegistry, { id: 'SupportMaintenanceFileBody' });
const supportMaintenanceFileSchema = z
  .object({ fileName: z.string(), text: z.string() })
  .register(z.globalRegistry, { id: 'SupportMaintenanceFile' });

const support = {
  tag: 'support',
  session: { app: 'support' },
  role: 'License administrator',
} as const;
const signedOutAllowed = { tag: 'support', session: { app: 'support', optional: true } } as const;
const adminOnly = { 403: ['license_administrator_only'] } as const;

export const customerSuccessRoutes = {
  staff: route({
    operationId: 'listSupportStaff',
    method: 'get',
    path: '/support/staff',
    summary: 'Customer Success staff a simulated sign-in can choose from',
    tag: 'support',
    response: { status: 200, schema: supportStaffListSchema },
    errors: {},
  }),
  session: route({
    ...signedOutAllowed,
    operationId: 'getSupportSession',
    method: 'get',
    path: '/support/session',
    summary: 'The signed-in Customer Success staff member, or null',
    response: { status: 200, schema: supportSessionSchema },
    errors: {},
  }),
  signIn: route({
    operationId: 'signInSupport',
    method: 'post',
    path: '/support/session',
    summary: 'Sign in to the Customer Success console',
    tag: 'support',
    body: signInSupportBodySchema,
    response: { status: 200, schema: signedInSupportSessionSchema },
    errors: { 404: ['staff_not_found'] },
  }),
  signOut: route({
    ...signedOutAllowed,
    operationId: 'signOutSupport',
    method: 'delete',
    path: '/support/session',
    summary: 'Sign out of the Customer Success console',
    response: { status: 200, schema: supportSessionSchema },
    errors: {},
  }),
  search: route({
    ...support,
    operationId: 'searchSupport',
    method: 'get',
    path: '/support/search',
    summary: 'Find segment controllers, licenses, accounts, purchases and partners',
    query: searchQuerySchema,
    response: { status: 200, schema: supportSearchResultSchema },
    errors: adminOnly,
  }),
  segmentController: route({
    ...support,
    operationId: 'getSupportSegmentController',
    method: 'get',
    path: '/support/segment-controllers/{id}',
    summary: 'A segment controller with its licenses, online or not',
    params: idParams,
    response: { status: 200, schema: supportControllerSchema },
    errors: { ...adminOnly, 404: ['segment_controller_not_found'] },
  }),
  returnLicenses: route({
    ...support,
    operationId: 'returnSegmentControllerLicenses',
    method: 'post',
    path: '/support/segment-controllers/{id}/return-licenses',
    summary: "Transfer a segment controller's licenses to the cloud on its behalf (RMA)",
    idempotent: true,
    params: idParams,
    body: returnLicensesBodySchema,
    response: { status: 200, schema: supportControllerSchema },
    errors: {
      ...adminOnly,
      404: ['segment_controller_not_found'],
      409: ['nothing_to_return', 'activation_in_progress'],
    },
  }),
  account: route({
    ...support,
    operationId: 'getSupportAccount',
    method: 'get',
    path: '/support/accounts/{id}',
    summary: 'A customer account with its licenses and segment controllers',
    params: idParams,
    response: { status: 200, schema: supportAccountSchema },
    errors: { ...adminOnly, 404: ['customer_not_found'] },
  }),
  remoteCms: route({
    ...support,
    operationId: 'issueRemoteCmsLicense',
    method: 'post',
    path: '/support/remote-cms-licenses',
    summary: 'Transfer a Remote CMS license to an account and activate it on its CMS',
    idempotent: true,
    body: remoteCmsBodySchema,
    response: { status: 201, schema: supportLicenseSchema },
    errors: { ...adminOnly, 404: ['customer_not_found'], 422: ['remote_cms_size'] },
  }),
  maintenanceFile: route({
    ...support,
    operationId: 'issueSupportMaintenanceFile',
    method: 'post',
    path: '/support/maintenance-files',
    summary: 'Issue an offline maintenance activation file for an install code',
    body: supportMaintenanceFileBodySchema,
    response: { status: 200, schema: supportMaintenanceFileSchema },
    errors: {
      ...adminOnly,
      404: ['license_not_found'],
      409: [
        'not_maintenance',
        'license_not_sold',
        'license_superseded',
        'already_active',
        'activation_in_progress',
      ],
    },
  }),
};
