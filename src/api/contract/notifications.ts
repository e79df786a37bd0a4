import { z } from 'zod/mini';
import { isoDateSchema } from './common';
import { route } from './route';

/** SS-60: who is told about maintenance expiry, how many days before, and about activations. */
const notificationSettingsSchema = z
  .object({
    recipients: z.array(z.string()),
    days: z.array(z.int()),
    notifyOnActivation: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/**
 * Only the shape: the cloud checks each address and day and answers every mistake with its own
 * message, keyed like `recipients.2` (SS-60).
 */
const saveNotificationSettingsBodySchema = z
  .object({
    recipients: z
      .array(z.string().check(z.maxLength(320, 'An e-mail address has at most 320 characters.')))
      .check(z.maxLength(100, 'Send to at most 100 addresses.')),
    days: z.array(z.number()).check(z.maxLength(400, 'Choose at most 400 notification days.')),
    notifyOnActivation: z.boolean(),
  })
  .register(z.globalRegistry, { id: 'SaveNotificationSettingsBody' });
export type SaveNotificationSettingsBody = z.infer<typeof saveNotificationSettingsBodySchema>;

/** SS-62: one e-mail the cloud sent. */
export const outboxMessageSchema = z.object({
  id: z.string(),
  sentOn: isoDateSchema,
  recipients: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  licenseId: z.nullable(z.string()),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** SS-62: the cloud keeps the newest messages only. */
export const OUTBOX_KEPT_MESSAGES = 200;

const outboxListSchema = z
  .object({ items: z.array(outboxMessageSchema) })
  .register(z.globalRegistry, { id: 'OutboxList' });

export const notificationRoutes = {
  settings: route({
    operationId: 'getNotificationSettings',
    method: 'get',
    path: '/cms/notification-settings',
    summary: 'Who is told about maintenance expiry, and when (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    role: 'Owner',
    response: { status: 200, schema: notificationSettingsSchema },
    errors: { 403: ['owner_only'] },
  }),
  saveSettings: route({
    operationId: 'saveNotificationSettings',
    method: 'put',
    path: '/cms/notification-settings',
    summary: 'Save the notification settings (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    role: 'Owner',
    body: saveNotificationSettingsBodySchema,
    response: { status: 200, schema: notificationSettingsSchema },
    errors: { 403: ['owner_only'] },
  }),
  outbox: route({
    operationId: 'listOutbox',
    method: 'get',
    path: '/cms/outbox',
    summary: 'E-mails the cloud sent, newest first (Owner)',
    tag: 'notifications',
    session: { app: 'cms' },
    role: 'Owner',
    response: { status: 200, schema: outboxListSchema },
    errors: { 403: ['owner_only'] },
  }),
};
