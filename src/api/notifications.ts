import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { isoDateSchema } from './schemas';

/** SS-60: who is told about maintenance expiry, how many days before, and about activations. */
export const notificationSettingsSchema = z.object({
  recipients: z.array(z.string()),
  days: z.array(z.int()),
  notifyOnActivation: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/**
 * Only the shape: the cloud checks each address and day and answers every mistake with its own
 * message, keyed like `recipients.2` (SS-60).
 */
export const saveNotificationSettingsBodySchema = z.object({
  recipients: z
    .array(z.string().max(320, 'An e-mail address has at most 320 characters.'))
    .max(100, 'Send to at most 100 addresses.'),
  days: z.array(z.number()).max(400, 'Choose at most 400 notification days.'),
  notifyOnActivation: z.boolean(),
});
export type SaveNotificationSettingsBody = z.infer<typeof saveNotificationSettingsBodySchema>;

/** SS-62: one e-mail the cloud sent. */
export const outboxMessageSchema = z.object({
  id: z.string(),
  sentOn: isoDateSchema,
  recipients: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  licenseId: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** SS-62: the cloud keeps the newest messages only. */
export const OUTBOX_KEPT_MESSAGES = 200;

export const outboxListSchema = z.object({ items: z.array(outboxMessageSchema) });

export function getNotificationSettings(signal?: AbortSignal) {
  return apiRequest('/cms/notification-settings', { schema: notificationSettingsSchema, signal });
}

export function saveNotificationSettings(body: SaveNotificationSettingsBody) {
  return apiRequest('/cms/notification-settings', {
    method: 'PUT',
    body,
    schema: notificationSettingsSchema,
  });
}

export function listOutbox(signal?: AbortSignal) {
  return apiRequest('/cms/outbox', { schema: outboxListSchema, signal });
}

export const notificationQueries = {
  all: () => ['notifications'] as const,
  settings: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'settings'],
      queryFn: ({ signal }) => getNotificationSettings(signal),
    }),
  outbox: () =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'outbox'],
      queryFn: ({ signal }) => listOutbox(signal),
      select: (data) => data.items,
    }),
};

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: notificationQueries.settings().queryKey }),
  });
}
