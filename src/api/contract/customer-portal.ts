import { z } from 'zod/mini';
import {
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_FILE,
  sessionTokenSchema,
  TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE,
} from './common';
import { licenseKindSchema } from './licenses';
import { route } from './route';

/** CP-1: who is signed in to the License Customer Portal; null when nobody is. */
const customerPortalCustomerSchema = z.object({ id: idSchema, name: z.string() });
export type CustomerPortalCustomer = z.infer<typeof customerPortalCustomerSchema>;

const customerPortalSessionSchema = z
  .object({
    customer: z.nullable(customerPortalCustomerSchema),
  })
  .register(z.globalRegistry, { id: 'CustomerPortalSession' });
export type CustomerPortalSession = z.infer<typeof customerPortalSessionSchema>;
const signedInCustomerSessionSchema = z
  .object({
    customer: customerPortalCustomerSchema,
    ...sessionTokenSchema.shape,
  })
  .register(z.globalRegistry, { id: 'SignedInCustomerSession' });
export type SignedInCustomerSession = z.infer<typeof signedInCustomerSessionSchema>;

/** CP-1: a License ID (EID) or a contact e-mail. The cloud checks the format and answers 400. */
const customerSignInBodySchema = z
  .union([
    z.object({
      eid: z.string().check(z.maxLength(200, 'A License ID (EID) has at most 200 characters.')),
    }),
    z.object({
      email: z.string().check(z.maxLength(320, 'An e-mail address has at most 320 characters.')),
    }),
  ])
  .register(z.globalRegistry, { id: 'CustomerSignInBody' });
export type CustomerSignInBody = z.infer<typeof customerSignInBodySchema>;

/** CP-4: an offline capacity file the customer was issued, as each of its licenses lists it. */
const issuedFileSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  installCode: z.string(),
  issuedOn: isoDateSchema,
});
export type IssuedFile = z.infer<typeof issuedFileSchema>;

/** CP-2: one of the customer's licenses and where it is activated. */
const customerLicenseSchema = z.object({
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().check(z.nonnegative()),
  termYears: z.nullable(z.int().check(z.positive())),
  transferDate: z.nullable(isoDateSchema),
  activation: z.nullable(
    z.object({
      segmentControllerName: z.string(),
      activationDate: isoDateSchema,
    }),
  ),
  /** CP-4: the offline files it went into, oldest first. */
  files: z.array(issuedFileSchema),
});
export type CustomerLicense = z.infer<typeof customerLicenseSchema>;

const customerLicenseListSchema = z
  .object({ items: z.array(customerLicenseSchema) })
  .register(z.globalRegistry, { id: 'CustomerLicenseList' });

/** CP-3: the cloud validates the install code itself (5 groups of 5 base32 characters). */
const createCapacityFileBodySchema = z
  .object({
    installCode: z.string().check(z.maxLength(100, 'An install code has at most 100 characters.')),
    licenseIds: z
      .array(idSchema)
      .check(z.maxLength(MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE)),
  })
  .register(z.globalRegistry, { id: 'CreateCapacityFileBody' });
export type CreateCapacityFileBody = z.infer<typeof createCapacityFileBodySchema>;

const capacityFileSchema = z
  .object({
    fileName: z.string().check(z.regex(/^[A-Z2-7-]+\.lic$/)),
    text: z.string(),
  })
  .register(z.globalRegistry, { id: 'CapacityFile' });
export type CapacityFile = z.infer<typeof capacityFileSchema>;

const signedOutAllowed = { tag: 'customer', session: { app: 'customer', optional: true } } as const;

export const customerPortalRoutes = {
  session: route({
    ...signedOutAllowed,
    operationId: 'getCustomerSession',
    method: 'get',
    path: '/customer/session',
    summary: 'The signed-in customer, or null',
    response: { status: 200, schema: customerPortalSessionSchema },
    errors: {},
  }),
  signIn: route({
    operationId: 'signInCustomer',
    method: 'post',
    path: '/customer/session',
    summary: 'Sign in with a License ID (EID) or a contact e-mail',
    tag: 'customer',
    body: customerSignInBodySchema,
    response: { status: 200, schema: signedInCustomerSessionSchema },
    errors: {
      400: ['invalid_eid', 'invalid_email'],
      404: ['customer_not_found'],
      409: ['license_superseded'],
    },
  }),
  signOut: route({
    ...signedOutAllowed,
    operationId: 'signOutCustomer',
    method: 'delete',
    path: '/customer/session',
    summary: 'Sign the customer out',
    response: { status: 200, schema: customerPortalSessionSchema },
    errors: {},
  }),
  licenses: route({
    operationId: 'listCustomerLicenses',
    method: 'get',
    path: '/customer/licenses',
    summary: "The customer's licenses and where each is activated",
    tag: 'customer',
    session: { app: 'customer' },
    response: { status: 200, schema: customerLicenseListSchema },
    errors: {},
  }),
  createCapacityFile: route({
    operationId: 'createCapacityFile',
    method: 'post',
    path: '/customer/license-files',
    summary: 'Create a capacity offline activation file for one install code',
    tag: 'customer',
    session: { app: 'customer' },
    body: createCapacityFileBodySchema,
    response: { status: 200, schema: capacityFileSchema },
    errors: {
      400: ['no_licenses', 'invalid_install_code'],
      404: ['license_not_found'],
      409: ['already_active', 'license_superseded'],
      422: ['not_capacity'],
    },
  }),
};
