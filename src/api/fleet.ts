import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, apiRequestText } from './client';
import {
  expiryRecipientsSchema,
  fleetOverviewSchema,
  fleetSessionSchema,
  licensesLeftSchema,
  redeemResultSchema,
  sensorPageSchema,
  sensorQueryParams,
  sensorSchema,
  type FleetRole,
  type SensorQuery,
} from './fleet-schemas';

const path = (serial: string) => `/fleet/sensors/${encodeURIComponent(serial)}`;

export function getFleetSession(signal?: AbortSignal) {
  return apiRequest('/fleet/session', { schema: fleetSessionSchema, signal });
}

export function signInFleetAs(role: FleetRole) {
  return apiRequest('/fleet/session', {
    method: 'POST',
    body: { role },
    schema: fleetSessionSchema,
  });
}

/** LM-8: one window (`offset`, `limit`) of the fleet, searched, filtered and sorted by the cloud. */
export function listSensorPage(
  query: SensorQuery,
  window: { offset: number; limit: number },
  signal?: AbortSignal,
) {
  const params = sensorQueryParams(query);
  params.set('offset', String(window.offset));
  params.set('limit', String(window.limit));
  return apiRequest(`/fleet/sensors/page?${params.toString()}`, {
    schema: sensorPageSchema,
    signal,
  });
}

export function getSensor(serial: string, signal?: AbortSignal) {
  return apiRequest(path(serial), { schema: sensorSchema, signal });
}

export function getFleetOverview(signal?: AbortSignal) {
  return apiRequest('/fleet/overview', { schema: fleetOverviewSchema, signal });
}

/** LM-9: the whole table as CSV, with the query's search, filters and order. */
export function exportSensorsCsv(query: SensorQuery) {
  return apiRequestText(`/fleet/sensors/export?${sensorQueryParams(query).toString()}`, {
    accept: 'text/csv',
  });
}

export function getLicensesLeft(signal?: AbortSignal) {
  return apiRequest('/fleet/licenses-left', { schema: licensesLeftSchema, signal });
}

export function getExpiryRecipients(signal?: AbortSignal) {
  return apiRequest('/fleet/expiry-recipients', { schema: expiryRecipientsSchema, signal });
}

export function redeemActivationCode({
  code,
  idempotencyKey,
}: {
  code: string;
  idempotencyKey: string;
}) {
  return apiRequest('/fleet/activation-codes', {
    method: 'POST',
    body: { code },
    headers: { 'Idempotency-Key': idempotencyKey },
    schema: redeemResultSchema,
  });
}

export function assignLicense(input: { serial: string; keyId: string; idempotencyKey: string }) {
  return apiRequest(`${path(input.serial)}/licenses`, {
    method: 'POST',
    body: { keyId: input.keyId },
    headers: { 'Idempotency-Key': input.idempotencyKey },
    schema: sensorSchema,
  });
}

export function removeQueued(input: { serial: string; licenseId: string; idempotencyKey: string }) {
  return apiRequest(`${path(input.serial)}/queue/${encodeURIComponent(input.licenseId)}`, {
    method: 'DELETE',
    headers: { 'Idempotency-Key': input.idempotencyKey },
    schema: sensorSchema,
  });
}

export function setAutoRenewal(input: { serial: string; on: boolean }) {
  return apiRequest(`${path(input.serial)}/auto-renewal`, {
    method: 'PUT',
    body: { on: input.on },
    schema: sensorSchema,
  });
}

export function setExpiryRecipients(recipientIds: string[]) {
  return apiRequest('/fleet/expiry-recipients', {
    method: 'PUT',
    body: { recipientIds },
    schema: expiryRecipientsSchema,
  });
}

export const fleetQueries = {
  all: () => ['fleet'] as const,
  session: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'session'],
      queryFn: ({ signal }) => getFleetSession(signal),
    }),
  /** Pages of one query share a prefix, so a license move refreshes only the pages on screen. */
  sensorPages: () => [...fleetQueries.all(), 'sensor-pages'] as const,
  sensorPage: (query: SensorQuery, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...fleetQueries.sensorPages(), query, pageSize, page],
      queryFn: ({ signal }) =>
        listSensorPage(query, { offset: page * pageSize, limit: pageSize }, signal),
    }),
  sensorDetails: () => [...fleetQueries.all(), 'sensor'] as const,
  sensor: (serial: string) =>
    queryOptions({
      queryKey: [...fleetQueries.sensorDetails(), serial],
      queryFn: ({ signal }) => getSensor(serial, signal),
    }),
  overview: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'overview'],
      queryFn: ({ signal }) => getFleetOverview(signal),
    }),
  licensesLeft: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'licenses-left'],
      queryFn: ({ signal }) => getLicensesLeft(signal),
    }),
  expiryRecipients: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'expiry-recipients'],
      queryFn: ({ signal }) => getExpiryRecipients(signal),
    }),
};

/** Everything a license move can change: rows, the sensor panel, the renewal wave, the pool. */
function useInvalidateFleetData() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        fleetQueries.sensorPages(),
        fleetQueries.sensorDetails(),
        fleetQueries.overview().queryKey,
        fleetQueries.licensesLeft().queryKey,
      ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

/** Another fleet user sees other things: everything cached for the fleet is dropped. */
export function useSignInFleetAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInFleetAs,
    onSuccess: () => queryClient.resetQueries({ queryKey: fleetQueries.all() }),
  });
}

export function useRedeemActivationCode() {
  const invalidate = useInvalidateFleetData();
  return useMutation({ mutationFn: redeemActivationCode, onSettled: invalidate });
}

export function useAssignLicense() {
  const invalidate = useInvalidateFleetData();
  return useMutation({ mutationFn: assignLicense, onSettled: invalidate });
}

export function useRemoveQueued() {
  const invalidate = useInvalidateFleetData();
  return useMutation({ mutationFn: removeQueued, onSettled: invalidate });
}

/**
 * LM-3: one sensor's switch. Its changes run one after another (`scope`), so after quick toggles
 * the cloud ends on the last click; the view shows `variables.on` while pending and the refetch
 * after settling restores the truth, also after a refusal (`onError` tells the user).
 */
export function useSetAutoRenewal(serial: string, onError: (error: Error, on: boolean) => void) {
  const invalidate = useInvalidateFleetData();
  return useMutation({
    mutationFn: (on: boolean) => setAutoRenewal({ serial, on }),
    scope: { id: `fleet:auto-renewal:${serial}` },
    onError: (error, on) => onError(error, on),
    onSettled: invalidate,
  });
}

export function useSetExpiryRecipients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setExpiryRecipients,
    onSuccess: (data) => queryClient.setQueryData(fleetQueries.expiryRecipients().queryKey, data),
  });
}
