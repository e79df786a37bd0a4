import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { licenseKindSchema } from './licenses';
import {
  idSchema,
  isoDateSchema,
  MAX_LICENSES_PER_FILE,
  sessionTokenSchema,
  TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE,
} from './schemas';

/** CP-1: who is signed in to the License Customer Portal; null when nobody is. */
export const customerPortalCustomerSchema = z.object({ id: idSchema, name: z.string() });
export type CustomerPortalCustomer = z.infer<typeof customerPortalCustomerSchema>;

export const customerPortalSessionSchema = z.object({
  customer: customerPortalCustomerSchema.nullable(),
});
export type CustomerPortalSession = z.infer<typeof customerPortalSessionSchema>;
export const signedInCustomerSessionSchema = z.object({
  customer: customerPortalCustomerSchema,
  ...sessionTokenSchema.shape,
});
export type SignedInCustomerSession = z.infer<typeof signedInCustomerSessionSchema>;

/** CP-1: a License ID (EID) or a contact e-mail. The cloud checks the format and answers 400. */
export const customerSignInBodySchema = z.union([
  z.object({ eid: z.string().max(200, 'A License ID (EID) has at most 200 characters.') }),
  z.object({ email: z.string().max(320, 'An e-mail address has at most 320 characters.') }),
]);
export type CustomerSignInBody = z.infer<typeof customerSignInBodySchema>;

/** CP-2: one of the customer's licenses and where it is activated. */
export const customerLicenseSchema = z.object({
  licenseId: idSchema,
  kind: licenseKindSchema,
  deviceCount: z.int().nonnegative(),
  termYears: z.int().positive().nullable(),
  transferDate: isoDateSchema.nullable(),
  activation: z
    .object({
      segmentControllerName: z.string(),
      activationDate: isoDateSchema,
    })
    .nullable(),
});
export type CustomerLicense = z.infer<typeof customerLicenseSchema>;

export const customerLicenseListSchema = z.object({ items: z.array(customerLicenseSchema) });

/** CP-3: the cloud validates the install code itself (5 groups of 5 base32 characters). */
export const createCapacityFileBodySchema = z.object({
  installCode: z.string().max(100, 'An install code has at most 100 characters.'),
  licenseIds: z.array(idSchema).max(MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE),
});
export type CreateCapacityFileBody = z.infer<typeof createCapacityFileBodySchema>;

export const capacityFileSchema = z.object({
  fileName: z.string().regex(/^[A-Z2-7-]+\.lic$/),
  text: z.string(),
});
export type CapacityFile = z.infer<typeof capacityFileSchema>;

export function fetchCustomerPortalSession(signal?: AbortSignal) {
  return apiRequest('/customer/session', { schema: customerPortalSessionSchema, signal });
}

export function signInCustomer(body: CustomerSignInBody) {
  return apiRequest('/customer/session', {
    method: 'POST',
    body,
    schema: customerPortalSessionSchema,
  });
}

export function signOutCustomer() {
  return apiRequest('/customer/session', {
    method: 'DELETE',
    schema: customerPortalSessionSchema,
  });
}

export function listCustomerLicenses(signal?: AbortSignal) {
  return apiRequest('/customer/licenses', { schema: customerLicenseListSchema, signal });
}

export function createCapacityFile(body: CreateCapacityFileBody) {
  return apiRequest('/customer/license-files', {
    method: 'POST',
    body,
    schema: capacityFileSchema,
  });
}

export const customerPortalQueries = {
  all: () => ['customer-portal'] as const,
  session: () =>
    queryOptions({
      queryKey: [...customerPortalQueries.all(), 'session'],
      queryFn: ({ signal }) => fetchCustomerPortalSession(signal),
      select: (data) => data.customer,
    }),
  licenses: () =>
    queryOptions({
      queryKey: [...customerPortalQueries.all(), 'licenses'],
      queryFn: ({ signal }) => listCustomerLicenses(signal),
      select: (data) => data.items,
    }),
};

/** CP-1: a new session means another customer's licenses: everything of the portal is stale. */
export function useSignInCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInCustomer,
    onSuccess: async (session) => {
      queryClient.removeQueries({ queryKey: customerPortalQueries.licenses().queryKey });
      queryClient.setQueryData(customerPortalQueries.session().queryKey, session);
      await queryClient.invalidateQueries({ queryKey: customerPortalQueries.all() });
    },
  });
}

export function useSignOutCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOutCustomer,
    onSuccess: (session) => {
      // Nothing of the previous customer stays in the cache.
      queryClient.removeQueries({ queryKey: customerPortalQueries.licenses().queryKey });
      queryClient.setQueryData(customerPortalQueries.session().queryKey, session);
    },
  });
}

/**
 * CP-3: issuing a file changes no license; a refusal (e.g. activated meanwhile, or signed out
 * elsewhere) means the list or the session shown is stale.
 */
export function useCreateCapacityFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCapacityFile,
    onError: () => queryClient.invalidateQueries({ queryKey: customerPortalQueries.all() }),
  });
}
