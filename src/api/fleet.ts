import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import {
  fleetRoutes,
  SENSOR_HISTORY_DAYS,
  type AddSensorsBody,
  type FleetRole,
  type SensorQuery,
} from './contract/fleet';
import { fleetBulkRoutes, type BulkBody } from './contract/fleet-bulk';
import { useIdempotentMutation } from './idempotent-mutation';

/** Simulated sign-in as the first organization user of a role. */
export function signInFleetAs(role: FleetRole) {
  return request(fleetRoutes.signIn, { body: { role } });
}

/** LM-9: the whole table as CSV, with the query's search, filters and order. */
export function exportSensorsCsv(query: SensorQuery) {
  return request(fleetRoutes.exportSensors, { query });
}

export const fleetQueries = {
  all: () => ['fleet'] as const,
  session: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'session'],
      queryFn: ({ signal }) => request(fleetRoutes.session, { signal }),
    }),
  /** Pages of one query share a prefix, so a license move refreshes only the pages on screen. */
  sensorPages: () => [...fleetQueries.all(), 'sensor-pages'] as const,
  sensorPage: (query: SensorQuery, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...fleetQueries.sensorPages(), query, pageSize, page],
      queryFn: ({ signal }) =>
        request(fleetRoutes.sensorPage, {
          query: { ...query, offset: page * pageSize, limit: pageSize },
          signal,
        }),
    }),
  sensorDetails: () => [...fleetQueries.all(), 'sensor'] as const,
  sensor: (serial: string) =>
    queryOptions({
      queryKey: [...fleetQueries.sensorDetails(), serial],
      queryFn: ({ signal }) => request(fleetRoutes.sensor, { params: { serial }, signal }),
    }),
  /** LM-14: under the sensor's details, so a license move refreshes its page too. */
  sensorHistory: (serial: string, days: number = SENSOR_HISTORY_DAYS) =>
    queryOptions({
      queryKey: [...fleetQueries.sensorDetails(), serial, 'history', days],
      queryFn: ({ signal }) =>
        request(fleetRoutes.sensorHistory, { params: { serial }, query: { days }, signal }),
    }),
  overview: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'overview'],
      queryFn: ({ signal }) => request(fleetRoutes.overview, { signal }),
    }),
  /** LM-13: the pool against the fleet's renewal pace; any license move changes it. */
  forecast: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'forecast'],
      queryFn: ({ signal }) => request(fleetRoutes.forecast, { signal }),
    }),
  licensesLeft: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'licenses-left'],
      queryFn: ({ signal }) => request(fleetRoutes.licensesLeft, { signal }),
    }),
  expiryRecipients: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'expiry-recipients'],
      queryFn: ({ signal }) => request(fleetRoutes.expiryRecipients, { signal }),
    }),
};

/**
 * Everything a license move can change: rows, the sensor panel, the renewal wave, the pool and its
 * forecast (LM-13).
 */
function useInvalidateFleetData() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [
        fleetQueries.sensorPages(),
        fleetQueries.sensorDetails(),
        fleetQueries.overview().queryKey,
        fleetQueries.licensesLeft().queryKey,
        fleetQueries.forecast().queryKey,
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
  return useIdempotentMutation({
    mutationFn: ({ code }: { code: string }, idempotencyKey) =>
      request(fleetRoutes.redeem, { body: { code }, idempotencyKey }),
    onSettled: invalidate,
  });
}

/** LM-10: a retried paste (one Idempotency-Key per submitted list) adds its sensors once. */
export function useAddSensors() {
  const invalidate = useInvalidateFleetData();
  return useIdempotentMutation({
    mutationFn: (body: AddSensorsBody, idempotencyKey) =>
      request(fleetRoutes.addSensors, { body, idempotencyKey }),
    onSettled: invalidate,
  });
}

/** LM-12: one action on many sensors, one Idempotency-Key per confirmed command. */
export function useBulkCommand() {
  const invalidate = useInvalidateFleetData();
  return useIdempotentMutation({
    mutationFn: (body: BulkBody, idempotencyKey) =>
      request(fleetBulkRoutes.run, { body, idempotencyKey }),
    // The answer shows at once; the table, at 100,000 sensors, catches up behind the dialog.
    onSettled: () => void invalidate(),
  });
}

export function useAssignLicense() {
  const invalidate = useInvalidateFleetData();
  return useIdempotentMutation({
    mutationFn: ({ serial, keyId }: { serial: string; keyId: string }, idempotencyKey) =>
      request(fleetRoutes.assign, { params: { serial }, body: { keyId }, idempotencyKey }),
    onSettled: invalidate,
  });
}

export function useRemoveQueued() {
  const invalidate = useInvalidateFleetData();
  return useIdempotentMutation({
    mutationFn: (params: { serial: string; licenseId: string }, idempotencyKey) =>
      request(fleetRoutes.removeQueued, { params, idempotencyKey }),
    onSettled: invalidate,
  });
}

/**
 * LM-3: one sensor's switch. Its changes run one after another (`scope`), so after quick toggles
 * the cloud ends on the last click; the view shows `variables.on` while pending and the refetch
 * after settling restores the truth, also after a refusal (`onError` tells the user).
 */
export function useSetAutoRenewal(serial: string, onError: (error: Error, on: boolean) => void) {
  const invalidate = useInvalidateFleetData();
  return useMutation({
    mutationFn: (on: boolean) =>
      request(fleetRoutes.setAutoRenewal, { params: { serial }, body: { on } }),
    scope: { id: `fleet:auto-renewal:${serial}` },
    onError: (error, on) => onError(error, on),
    onSettled: invalidate,
  });
}

export function useSetExpiryRecipients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (recipientIds: string[]) =>
      request(fleetRoutes.setExpiryRecipients, { body: { recipientIds } }),
    onSuccess: (data) => queryClient.setQueryData(fleetQueries.expiryRecipients().queryKey, data),
  });
}
