import { z } from 'zod/mini';
import { describeCharacter, firstInvisible, MAX_EMAIL_LENGTH } from '@/domain/text-input';
import {
  asciiOnly,
  idParams,
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_COMMAND,
  plainText,
  sessionTokenSchema,
  TOO_MANY_LICENSES_MESSAGE,
} from './common';
import { licenseKindSchema, upgradeUseSchema } from './licenses';
import { route } from './route';
import { installCodeSchema } from './segment-controllers';

/** PP-1: a partner of the licensing cloud (signed in simulated). */
const partnerSchema = z.object({ id: idSchema, name: z.string() });
export type Partner = z.infer<typeof partnerSchema>;

const partnerListSchema = z
  .object({ items: z.array(partnerSchema) })
  .register(z.globalRegistry, { id: 'PartnerList' });
const partnerSessionSchema = z
  .object({ partner: z.nullable(partnerSchema) })
  .register(z.globalRegistry, { id: 'PartnerSession' });
export type PartnerSession = z.infer<typeof partnerSessionSchema>;
const signedInPartnerSessionSchema = z
  .object({
    partner: partnerSchema,
    ...sessionTokenSchema.shape,
  })
  .register(z.globalRegistry, { id: 'SignedInPartnerSession' });
export type SignedInPartnerSession = z.infer<typeof signedInPartnerSessionSchema>;
const signInPartnerBodySchema = z
  .object({ partnerId: idSchema })
  .register(z.globalRegistry, { id: 'SignInPartnerBody' });

/** PP-2: a customer account (project) of the signed-in partner. */
export const partnerCustomerSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    contactEmails: z.array(z.string()),
  })
  .register(z.globalRegistry, { id: 'PartnerCustomer' });
export type PartnerCustomer = z.infer<typeof partnerCustomerSchema>;
const partnerCustomerListSchema = z
  .object({ items: z.array(partnerCustomerSchema) })
  .register(z.globalRegistry, { id: 'PartnerCustomerList' });

const MAX_CONTACT_EMAILS = 10;

/**
 * Free text, shown as text. Besides what no free text may hold (plainText), every invisible
 * character is refused: a zero-width space would make a name that looks like another customer's
 * but is not the same.
 */
export const MAX_CUSTOMER_NAME_LENGTH = 100;

export const customerNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a customer name.'),
  z.maxLength(
    MAX_CUSTOMER_NAME_LENGTH,
    `A customer name has at most ${MAX_CUSTOMER_NAME_LENGTH} characters.`,
  ),
  z.superRefine(plainText('A customer name')),
  z.superRefine((name, ctx) => {
    const invisible = firstInvisible(name);
    if (invisible)
      ctx.addIssue({
        code: 'custom',
        message: `A customer name cannot contain ${describeCharacter(invisible)}.`,
      });
  }),
);

const contactEmailSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.maxLength(
        MAX_EMAIL_LENGTH,
        `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.`,
      ),
      z.superRefine(asciiOnly('Latin letters, digits and punctuation')),
    ),
  z.email('Enter a valid e-mail address.'),
);

export const contactEmailsSchema = z
  .array(contactEmailSchema)
  .check(
    z.minLength(1, 'Add at least one contact e-mail.'),
    z.maxLength(MAX_CONTACT_EMAILS, `At most ${MAX_CONTACT_EMAILS} contact e-mails.`),
  );

export const createCustomerBodySchema = z
  .object({
    name: customerNameSchema,
    contactEmails: contactEmailsSchema,
  })
  .register(z.globalRegistry, { id: 'CreateCustomerBody' });
export type CreateCustomerBody = z.infer<typeof createCustomerBodySchema>;

const inventoryLicenseFields = {
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().check(z.nonnegative()),
  termYears: z.nullable(z.int().check(z.positive())),
  purchaseOrder: z.string(),
  purchaseDate: isoDateSchema,
};

/** PP-1 My Inventory: bought and still held by the partner. */
const myInventoryLicenseSchema = z.object(inventoryLicenseFields);
export type MyInventoryLicense = z.infer<typeof myInventoryLicenseSchema>;

/**
 * PP-10: how a customer's license stands: replaced by its successor (PP-5), waiting in the cloud,
 * or activated; a maintenance license whose clock runs (SS-13) is also expiring or expired.
 */
const customerInventoryStatusSchema = z.enum([
  'replaced',
  'in-cloud',
  'active',
  'expiring',
  'expired',
  'used',
]);
export type CustomerInventoryStatus = z.infer<typeof customerInventoryStatusSchema>;

/** PP-1 Customer Inventory; PP-5: a superseded original stays with its successor's ID. */
const customerInventoryLicenseSchema = z.object({
  ...inventoryLicenseFields,
  customerId: idSchema,
  customerName: z.string(),
  transferDate: z.nullable(isoDateSchema),
  /** The segment controller it is activated on, if it is. */
  activatedOn: z.nullable(z.string()),
  /** PP-10: that segment controller's install code. */
  activatedOnInstallCode: z.nullable(installCodeSchema),
  status: customerInventoryStatusSchema,
  /** PP-10: the end of a maintenance license's term once its clock started (SS-13), else null. */
  expiryDate: z.nullable(isoDateSchema),
  supersededBy: z.nullable(idSchema),
  /** SS-72: when an upgrade used this one-time upgrade license up, and to which release. */
  upgradeUse: z.nullable(upgradeUseSchema),
  /** SS-72: the last day annual maintenance can still be bought after that upgrade; null otherwise. */
  maintenanceBuyableUntil: z.nullable(isoDateSchema),
});
export type CustomerInventoryLicense = z.infer<typeof customerInventoryLicenseSchema>;

const partnerInventorySchema = z
  .object({
    myInventory: z.array(myInventoryLicenseSchema),
    customerInventory: z.array(customerInventoryLicenseSchema),
  })
  .register(z.globalRegistry, { id: 'PartnerInventory' });
export type PartnerInventory = z.infer<typeof partnerInventorySchema>;

/** PP-4. */
export const partnerTransferBodySchema = z
  .object({
    licenseIds: z
      .array(idSchema)
      .check(
        z.minLength(1, 'Choose at least one license.'),
        z.maxLength(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
      ),
    customerId: idSchema,
  })
  .register(z.globalRegistry, { id: 'PartnerTransferBody' });
const partnerTransferResultSchema = z
  .object({
    customerId: idSchema,
    transferDate: isoDateSchema,
    transfers: z.array(z.object({ fromLicenseId: idSchema, toLicenseId: idSchema })),
  })
  .register(z.globalRegistry, { id: 'PartnerTransferResult' });
export type PartnerTransferResult = z.infer<typeof partnerTransferResultSchema>;

/** PP-7. */
const maintenanceFileBodySchema = z
  .object({
    licenseId: idSchema,
    installCode: installCodeSchema,
  })
  .register(z.globalRegistry, { id: 'MaintenanceFileBody' });
const maintenanceFileSchema = z
  .object({ fileName: z.string(), text: z.string() })
  .register(z.globalRegistry, { id: 'MaintenanceFile' });
export type MaintenanceFile = z.infer<typeof maintenanceFileSchema>;

/** PP-9 (decided): what one order may hold; the cloud refuses anything else, naming the field. */
export const ORDER_LIMITS = { maxDevices: 10_000, maxQuantity: 100, terms: [1, 3] } as const;
export const MAX_PURCHASE_ORDER_LENGTH = 40;

/** PP-9: a simulated purchase. Devices only for capacity and maintenance, a term only for maintenance. */
export const orderLicensesBodySchema = z
  .object({
    kind: licenseKindSchema,
    deviceCount: z.nullable(z.int()),
    termYears: z.nullable(z.int()),
    quantity: z.int(),
    purchaseOrder: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Enter the purchase order.'),
        z.maxLength(
          MAX_PURCHASE_ORDER_LENGTH,
          `A purchase order has at most ${MAX_PURCHASE_ORDER_LENGTH} characters.`,
        ),
        z.superRefine(plainText('A purchase order')),
      ),
  })
  .register(z.globalRegistry, { id: 'OrderLicensesBody' });
export type OrderLicensesBody = z.infer<typeof orderLicensesBodySchema>;

const orderResultSchema = z
  .object({ licenses: z.array(myInventoryLicenseSchema) })
  .register(z.globalRegistry, { id: 'OrderResult' });

const partner = { tag: 'partner', session: { app: 'partner' } } as const;
const signedOutAllowed = { tag: 'partner', session: { app: 'partner', optional: true } } as const;

export const partnerPortalRoutes = {
  partners: route({
    operationId: 'listPartners',
    method: 'get',
    path: '/partner/partners',
    summary: 'Partners a simulated sign-in can choose from',
    tag: 'partner',
    response: { status: 200, schema: partnerListSchema },
    errors: {},
  }),
  session: route({
    ...signedOutAllowed,
    operationId: 'getPartnerSession',
    method: 'get',
    path: '/partner/session',
    summary: 'The signed-in partner, or null',
    response: { status: 200, schema: partnerSessionSchema },
    errors: {},
  }),
  signIn: route({
    operationId: 'signInPartner',
    method: 'post',
    path: '/partner/session',
    summary: 'Sign in as a partner',
    tag: 'partner',
    body: signInPartnerBodySchema,
    response: { status: 200, schema: signedInPartnerSessionSchema },
    errors: { 404: ['partner_not_found'] },
  }),
  signOut: route({
    ...signedOutAllowed,
    operationId: 'signOutPartner',
    method: 'delete',
    path: '/partner/session',
    summary: 'Sign the partner out',
    response: { status: 200, schema: partnerSessionSchema },
    errors: {},
  }),
  inventory: route({
    ...partner,
    operationId: 'getPartnerInventory',
    method: 'get',
    path: '/partner/inventory',
    summary: "The partner's own and its customers' licenses",
    response: { status: 200, schema: partnerInventorySchema },
    errors: {},
  }),
  customers: route({
    ...partner,
    operationId: 'listPartnerCustomers',
    method: 'get',
    path: '/partner/customers',
    summary: "The partner's customer accounts",
    response: { status: 200, schema: partnerCustomerListSchema },
    errors: {},
  }),
  createCustomer: route({
    ...partner,
    operationId: 'createCustomer',
    method: 'post',
    path: '/partner/customers',
    summary: 'Create a customer account (it gets a Customer ID)',
    body: createCustomerBodySchema,
    idempotent: true,
    response: { status: 201, schema: partnerCustomerSchema },
    errors: { 409: ['customer_name_taken'], 422: ['idempotency_key_reused'] },
  }),
  updateCustomer: route({
    ...partner,
    operationId: 'updateCustomer',
    method: 'put',
    path: '/partner/customers/{id}',
    summary: "Change a customer account's name and contact e-mails; its Customer ID stays",
    params: idParams,
    body: createCustomerBodySchema,
    response: { status: 200, schema: partnerCustomerSchema },
    errors: {
      403: ['customer_not_yours'],
      404: ['customer_not_found'],
      409: ['customer_name_taken'],
    },
  }),
  deleteCustomer: route({
    ...partner,
    operationId: 'deleteCustomer',
    method: 'delete',
    path: '/partner/customers/{id}',
    summary: 'Delete a customer account that holds no licenses',
    params: idParams,
    response: { status: 204 },
    errors: {
      403: ['customer_not_yours'],
      404: ['customer_not_found'],
      409: ['customer_holds_licenses'],
    },
  }),
  transfer: route({
    ...partner,
    operationId: 'transferToCustomer',
    method: 'post',
    path: '/partner/transfers',
    summary: 'Transfer licenses to a customer; each gets a new License ID',
    body: partnerTransferBodySchema,
    idempotent: true,
    response: { status: 200, schema: partnerTransferResultSchema },
    errors: {
      400: ['no_licenses'],
      403: ['customer_not_yours', 'license_not_yours'],
      404: ['customer_not_found', 'license_not_found'],
      409: ['license_superseded', 'license_not_in_inventory'],
      422: ['idempotency_key_reused'],
    },
  }),
  order: route({
    ...partner,
    operationId: 'orderLicenses',
    method: 'post',
    path: '/partner/orders',
    summary: 'Order licenses (a simulated purchase); they arrive in My Inventory today',
    body: orderLicensesBodySchema,
    idempotent: true,
    response: { status: 201, schema: orderResultSchema },
    errors: {
      422: [
        'order_kind',
        'order_device_count',
        'order_term',
        'order_quantity',
        'idempotency_key_reused',
      ],
    },
  }),
  maintenanceFile: route({
    ...partner,
    operationId: 'issueMaintenanceFile',
    method: 'post',
    path: '/partner/maintenance-files',
    summary: "Issue a maintenance offline file for a customer's license",
    body: maintenanceFileBodySchema,
    response: { status: 200, schema: maintenanceFileSchema },
    errors: {
      403: ['license_not_yours'],
      404: ['license_not_found'],
      409: ['not_maintenance', 'not_customer_license', 'license_superseded', 'already_active'],
    },
  }),
};
