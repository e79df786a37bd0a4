import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import {
  partnerPortalRoutes,
  type CreateCustomerBody,
  type OrderLicensesBody,
} from './contract/partner-portal';
import { useIdempotentMutation } from './idempotent-mutation';

export const partnerPortalQueries = {
  all: () => ['partner-portal'] as const,
  partners: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'partners'],
      queryFn: ({ signal }) => request(partnerPortalRoutes.partners, { signal }),
      select: (data) => data.items,
    }),
  session: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'session'],
      queryFn: ({ signal }) => request(partnerPortalRoutes.session, { signal }),
    }),
  inventory: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'inventory'],
      queryFn: ({ signal }) => request(partnerPortalRoutes.inventory, { signal }),
    }),
  customers: () =>
    queryOptions({
      queryKey: [...partnerPortalQueries.all(), 'customers'],
      queryFn: ({ signal }) => request(partnerPortalRoutes.customers, { signal }),
      select: (data) => data.items,
    }),
};

/** Anything the partner does can change every list of the portal. */
function useInvalidatePartnerPortal() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnerPortalQueries.all() });
}

export function useSignInPartner() {
  return useMutation({
    mutationFn: (partnerId: string) => request(partnerPortalRoutes.signIn, { body: { partnerId } }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

export function useSignOutPartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(partnerPortalRoutes.signOut, {}),
    // Nothing of the previous partner may stay in the cache.
    onSettled: () => queryClient.resetQueries({ queryKey: partnerPortalQueries.all() }),
  });
}

/** PP-2: a retried creation (same name and e-mails) creates one customer. */
export function useCreateCustomer() {
  return useIdempotentMutation({
    mutationFn: (body: CreateCustomerBody, idempotencyKey) =>
      request(partnerPortalRoutes.createCustomer, { body, idempotencyKey }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

/** PP-8: a new name or contact e-mails for an account; its Customer ID stays. */
export function useUpdateCustomer() {
  return useMutation({
    mutationFn: ({ customerId, ...body }: CreateCustomerBody & { customerId: string }) =>
      request(partnerPortalRoutes.updateCustomer, { params: { id: customerId }, body }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

/** PP-8: the cloud refuses an account that holds licenses. */
export function useDeleteCustomer() {
  return useMutation({
    mutationFn: (customerId: string) =>
      request(partnerPortalRoutes.deleteCustomer, { params: { id: customerId } }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

/** PP-9: a retried order (one Idempotency-Key per submitted form) is bought once. */
export function useOrderLicenses() {
  return useIdempotentMutation({
    mutationFn: (body: OrderLicensesBody, idempotencyKey) =>
      request(partnerPortalRoutes.order, { body, idempotencyKey }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

/** PP-4: a retried transfer (same licenses, same customer) is applied once. */
export function useTransferToCustomer() {
  return useIdempotentMutation({
    mutationFn: (body: { licenseIds: string[]; customerId: string }, idempotencyKey) =>
      request(partnerPortalRoutes.transfer, { body, idempotencyKey }),
    onSettled: useInvalidatePartnerPortal(),
  });
}

export function useIssueMaintenanceFile() {
  return useMutation({
    mutationFn: (body: { licenseId: string; installCode: string }) =>
      request(partnerPortalRoutes.maintenanceFile, { body }),
  });
}
