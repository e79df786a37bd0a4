import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { licenseKindSchema } from './licenses';
import { describeCharacter, firstInvisible, MAX_EMAIL_LENGTH } from '@/domain/text-input';
import {
  asciiOnly,
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_COMMAND,
  plainText,
  sessionTokenSchema,
  TOO_MANY_LICENSES_MESSAGE,
} from './schemas';
import { installCodeSchema } from './segment-controllers';

/** PP-1: a partner of the licensing cloud (signed in simulated). */
export const partnerSchema = z.object({ id: idSchema, name: z.string() });
export type Partner = z.infer<typeof partnerSchema>;

export const partnerListSchema = z.object({ items: z.array(partnerSchema) });
export const partnerSessionSchema = z.object({ partner: partnerSchema.nullable() });
export type PartnerSession = z.infer<typeof partnerSessionSchema>;
export const signedInPartnerSessionSchema = z.object({
  partner: partnerSchema,
  ...sessionTokenSchema.shape,
});
export type SignedInPartnerSession = z.infer<typeof signedInPartnerSessionSchema>;
export const signInPartnerBodySchema = z.object({ partnerId: idSchema });

/** PP-2: a customer account (project) of the signed-in partner. */
export const partnerCustomerSchema = z.object({
  id: idSchema,
  name: z.string(),
  contactEmails: z.array(z.string()),
});
export type PartnerCustomer = z.infer<typeof partnerCustomerSchema>;
export const partnerCustomerListSchema = z.object({ items: z.array(partnerCustomerSchema) });

export const MAX_CONTACT_EMAILS = 10;

/**
 * Free text, shown as text. Besides what no free text may hold (plainText), every invisible
 * character is refused: a zero-width space would make a name that looks like another customer's
 * but is not the same.
 */
export const customerNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a customer name.')
  .max(100, 'A customer name has at most 100 characters.')
  .superRefine(plainText('A customer name'))
  .superRefine((name, ctx) => {
    const invisible = firstInvisible(name);
    if (invisible)
      ctx.addIssue({
        code: 'custom',
        message: `A customer name cannot contain ${describeCharacter(invisible)}.`,
      });
  });

const contactEmailSchema = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH, `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.`)
  .superRefine(asciiOnly('Latin letters, digits and punctuation'))
  .pipe(z.email('Enter valid e-mail addresses.'));

export const contactEmailsSchema = z
  .array(contactEmailSchema)
  .min(1, 'Add at least one contact e-mail.')
  .max(MAX_CONTACT_EMAILS, `At most ${MAX_CONTACT_EMAILS} contact e-mails.`);

export const createCustomerBodySchema = z.object({
  name: customerNameSchema,
  contactEmails: contactEmailsSchema,
});
export type CreateCustomerBody = z.infer<typeof createCustomerBodySchema>;

const inventoryLicenseFields = {
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  purchaseOrder: z.string(),
  purchaseDate: isoDateSchema,
};

/** PP-1 My Inventory: bought and still held by the partner. */
export const myInventoryLicenseSchema = z.object(inventoryLicenseFields);
export type MyInventoryLicense = z.infer<typeof myInventoryLicenseSchema>;

/** PP-1 Customer Inventory; PP-5: a superseded original stays with its successor's ID. */
export const customerInventoryLicenseSchema = z.object({
  ...inventoryLicenseFields,
  customerId: idSchema,
  customerName: z.string(),
  transferDate: isoDateSchema.nullable(),
  /** The segment controller it is activated on, if it is. */
  activatedOn: z.string().nullable(),
  supersededBy: idSchema.nullable(),
});
export type CustomerInventoryLicense = z.infer<typeof customerInventoryLicenseSchema>;

export const partnerInventorySchema = z.object({
  myInventory: z.array(myInventoryLicenseSchema),
  customerInventory: z.array(customerInventoryLicenseSchema),
});
export type PartnerInventory = z.infer<typeof partnerInventorySchema>;

/** PP-4. */
export const partnerTransferBodySchema = z.object({
  licenseIds: z
    .array(idSchema)
    .min(1, 'Choose at least one license.')
    .max(MAX_LICENSES_PER_COMMAND, TOO_MANY_LICENSES_MESSAGE),
  customerId: idSchema,
});
export const partnerTransferResultSchema = z.object({
  customerId: idSchema,
  transferDate: isoDateSchema,
  transfers: z.array(z.object({ fromLicenseId: idSchema, toLicenseId: idSchema })),
});
export type PartnerTransferResult = z.infer<typeof partnerTransferResultSchema>;

/** PP-7. */
export const maintenanceFileBodySchema = z.object({
  licenseId: idSchema,
  installCode: installCodeSchema,
});
export const maintenanceFileSchema = z.object({ fileName: z.string(), text: z.string() });
export type MaintenanceFile = z.infer<typeof maintenanceFileSchema>;

export const partnerPortalQueries = {
  all: () => ['partner-portal'] as const,
  partners: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'partners'],
      queryFn: ({ signal }) =>
        apiRequest('/partner/partners', { schema: partnerListSchema, signal }),
      select: (data) => data.items,
    }),
  session: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'session'],
      queryFn: ({ signal }) =>
        apiRequest('/partner/session', { schema: partnerSessionSchema, signal }),
    }),
  inventory: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'inventory'],
      queryFn: ({ signal }) =>
        apiRequest('/partner/inventory', { schema: partnerInventorySchema, signal }),
    }),
  customers: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'customers'],
      queryFn: ({ signal }) =>
        apiRequest('/partner/customers', { schema: partnerCustomerListSchema, signal }),
      select: (data) => data.items,
    }),
};

function usePartnerMutation<Variables, Result>(run: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: partnerPortalQueries.all() }),
  });
}

export function useSignInPartner() {
  return usePartnerMutation((partnerId: string) =>
    apiRequest('/partner/session', {
      method: 'POST',
      body: { partnerId },
      schema: partnerSessionSchema,
    }),
  );
}

export function useSignOutPartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('/partner/session', { method: 'DELETE', schema: partnerSessionSchema }),
    // Nothing of the previous partner may stay in the cache.
    onSettled: () => queryClient.resetQueries({ queryKey: partnerPortalQueries.all() }),
  });
}

/** PP-2: the caller's key makes a retried creation create one customer. */
export function useCreateCustomer() {
  return usePartnerMutation(
    ({ body, idempotencyKey }: { body: CreateCustomerBody; idempotencyKey: string }) =>
      apiRequest('/partner/customers', {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: partnerCustomerSchema,
      }),
  );
}

/** PP-4: one key per confirmed transfer (reused by its retries), so it is applied once. */
export function useTransferToCustomer() {
  return usePartnerMutation(
    ({
      licenseIds,
      customerId,
      idempotencyKey,
    }: {
      licenseIds: string[];
      customerId: string;
      idempotencyKey: string;
    }) =>
      apiRequest('/partner/transfers', {
        method: 'POST',
        body: { licenseIds, customerId },
        headers: { 'Idempotency-Key': idempotencyKey },
        schema: partnerTransferResultSchema,
      }),
  );
}

export function useIssueMaintenanceFile() {
  return useMutation({
    mutationFn: (body: { licenseId: string; installCode: string }) =>
      apiRequest('/partner/maintenance-files', {
        method: 'POST',
        body,
        schema: maintenanceFileSchema,
      }),
  });
}
