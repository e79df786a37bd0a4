import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema, isoDateSchema } from './schemas';

/** LM-1: organisation user roles; only Administrator and Manager may use the License Manager. */
export const fleetRoleSchema = z.enum(['Administrator', 'Manager', 'Analyst']);
export type FleetRole = z.infer<typeof fleetRoleSchema>;

export const fleetUserSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.email(),
  role: fleetRoleSchema,
});
export type FleetUser = z.infer<typeof fleetUserSchema>;

/** LM-1: who is signed in, and whether (and why not) they may manage licences. */
export const fleetSessionSchema = z.object({
  user: fleetUserSchema,
  canManage: z.boolean(),
  reason: z.string().nullable(),
});
export type FleetSession = z.infer<typeof fleetSessionSchema>;

/** `LK-3F9A-22C1`: a license key, from one activation code. */
export const licenseKeyIdSchema = z.string().regex(/^LK-[0-9A-F]{4}-[0-9A-F]{4}$/);

/**
 * LM-2: activation codes are four groups of four uppercase letters or digits (`EF7Q-2K9M-XR4D-81NB`);
 * the client may send lower case or surrounding spaces, the cloud normalises them.
 */
export const ACTIVATION_CODE_PATTERN = /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/;

export function normalizeActivationCode(code: string): string {
  return code.trim().toUpperCase();
}

export const sensorStatusSchema = z.enum(['active', 'expiring', 'expired', 'unlicensed']);

/** A licence on a sensor, current or queued (LM-5). */
export const sensorLicenseSchema = z.object({
  licenseId: idSchema,
  keyId: licenseKeyIdSchema,
  durationMonths: z.int().positive(),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
});
export type SensorLicense = z.infer<typeof sensorLicenseSchema>;

/** LM-3: one row of the fleet table, with its status and days left computed by the cloud. */
export const sensorSchema = z.object({
  serial: z.string(),
  name: z.string(),
  location: z.string(),
  autoRenewal: z.boolean(),
  status: sensorStatusSchema,
  /** Days left after today on the current licence (negative once expired); null when unlicensed. */
  daysLeft: z.int().nullable(),
  /** LM-3 "Key (n)": licences of the current licence's key on this sensor, current and queued. */
  keyLicenseCount: z.int().nonnegative(),
  current: sensorLicenseSchema.nullable(),
  queue: z.array(sensorLicenseSchema),
  lastMeasurementAt: isoDateSchema.nullable(),
});
export type Sensor = z.infer<typeof sensorSchema>;

export const licenseKeySchema = z.object({
  id: licenseKeyIdSchema,
  durationMonths: z.int().positive(),
  /** Licences of this key ever issued. */
  total: z.int().nonnegative(),
  /** Licences of this key still in the pool. */
  available: z.int().nonnegative(),
});
export type LicenseKey = z.infer<typeof licenseKeySchema>;

/** LM-2: "Licenses left: N", and how many of each key. */
export const licensesLeftSchema = z.object({
  licensesLeft: z.int().nonnegative(),
  keys: z.array(licenseKeySchema),
});
export type LicensesLeft = z.infer<typeof licensesLeftSchema>;

export const redeemResultSchema = z.object({ key: licenseKeySchema, added: z.int().positive() });
export type RedeemResult = z.infer<typeof redeemResultSchema>;

/** LM-7: the organisation's users and the ones chosen for expiry e-mails. */
export const expiryRecipientsSchema = z.object({
  users: z.array(fleetUserSchema),
  recipientIds: z.array(idSchema),
});
export type ExpiryRecipients = z.infer<typeof expiryRecipientsSchema>;

export const fleetSignInBodySchema = z.object({ role: fleetRoleSchema });
export const redeemBodySchema = z.object({ code: z.string().max(100) });
export const assignBodySchema = z.object({ keyId: z.string().max(50) });
export const autoRenewalBodySchema = z.object({ on: z.boolean() });
export const expiryRecipientsBodySchema = z.object({
  recipientIds: z.array(z.string().max(100)).max(100),
});

const sensorListSchema = z.object({ items: z.array(sensorSchema) });

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

export function listSensors(signal?: AbortSignal) {
  return apiRequest('/fleet/sensors', { schema: sensorListSchema, signal });
}

export function getLicensesLeft(signal?: AbortSignal) {
  return apiRequest('/fleet/licenses-left', { schema: licensesLeftSchema, signal });
}

export function getExpiryRecipients(signal?: AbortSignal) {
  return apiRequest('/fleet/expiry-recipients', { schema: expiryRecipientsSchema, signal });
}

export function redeemActivationCode(code: string) {
  return apiRequest('/fleet/activation-codes', {
    method: 'POST',
    body: { code },
    schema: redeemResultSchema,
  });
}

export function assignLicense(input: { serial: string; keyId: string }) {
  return apiRequest(`${path(input.serial)}/licenses`, {
    method: 'POST',
    body: { keyId: input.keyId },
    schema: sensorSchema,
  });
}

export function removeQueued(input: { serial: string; licenseId: string }) {
  return apiRequest(`${path(input.serial)}/queue/${encodeURIComponent(input.licenseId)}`, {
    method: 'DELETE',
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
  sensors: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'sensors'],
      queryFn: ({ signal }) => listSensors(signal),
      select: (data) => data.items,
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

/** Sensors and the pool change together: refresh both after any licence move. */
function useInvalidateLicences() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: fleetQueries.sensors().queryKey }),
      queryClient.invalidateQueries({ queryKey: fleetQueries.licensesLeft().queryKey }),
    ]);
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
  const invalidate = useInvalidateLicences();
  return useMutation({ mutationFn: redeemActivationCode, onSuccess: invalidate });
}

export function useAssignLicense() {
  const invalidate = useInvalidateLicences();
  return useMutation({ mutationFn: assignLicense, onSuccess: invalidate });
}

export function useRemoveQueued() {
  const invalidate = useInvalidateLicences();
  return useMutation({ mutationFn: removeQueued, onSuccess: invalidate });
}

export function useSetAutoRenewal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAutoRenewal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fleetQueries.sensors().queryKey }),
  });
}

export function useSetExpiryRecipients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setExpiryRecipients,
    onSuccess: (data) => queryClient.setQueryData(fleetQueries.expiryRecipients().queryKey, data),
  });
}
