import { notificationRoutes } from '@/api/contract/notifications';
import { command } from '../command';
import { getNotificationSettings, listOutbox, saveNotificationSettings } from '../notifications';

/** SS-60 … SS-62: who is told about maintenance expiry, and what was sent; Owner only (SS-1). */

export const readSettings = command({
  name: 'notifications.settings',
  access: 'owner',
  run: ({ state }) => getNotificationSettings(state),
  http: { route: notificationRoutes.settings, input: () => undefined },
});

export const saveSettings = command({
  name: 'notifications.saveSettings',
  access: 'owner',
  run: ({ state }, body: Parameters<typeof saveNotificationSettings>[1]) =>
    saveNotificationSettings(state, body),
  write: { touches: (state) => ({ 'notification-settings': state.notificationSettings }) },
  http: { route: notificationRoutes.saveSettings, input: ({ body }) => body },
});

/** SS-62: the e-mails the simulated cloud sent, newest first. */
export const outbox = command({
  name: 'notifications.outbox',
  access: 'owner',
  run: ({ state }) => ({ items: listOutbox(state) }),
  http: { route: notificationRoutes.outbox, input: () => undefined },
});
