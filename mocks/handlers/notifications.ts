import { notificationRoutes } from '@/api/contract/notifications';
import { handle } from './handle';

/** SS-60 … SS-62: expiry notification settings and the outbox of sent e-mails. */
export const notificationHandlers = [
  handle(notificationRoutes.settings, ({ cloud }) => cloud.notificationSettings()),
  handle(notificationRoutes.saveSettings, ({ cloud, body }) =>
    cloud.saveNotificationSettings(body),
  ),
  handle(notificationRoutes.outbox, ({ cloud }) => ({ items: cloud.listOutbox() })),
];
