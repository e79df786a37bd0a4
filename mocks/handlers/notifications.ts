import { http } from 'msw';
import { saveNotificationSettingsBodySchema } from '@/api/notifications';
import { cloud } from '../cloud/instance';
import { readBody } from './request';
import { respond } from './respond';

/** SS-60 … SS-62: expiry notification settings and the outbox of sent e-mails. */
export const notificationHandlers = [
  http.get('*/api/cms/notification-settings', () => respond(() => cloud().notificationSettings())),
  http.put('*/api/cms/notification-settings', ({ request }) =>
    respond(async () =>
      cloud().saveNotificationSettings(await readBody(request, saveNotificationSettingsBodySchema)),
    ),
  ),
  http.get('*/api/cms/outbox', () => respond(() => ({ items: cloud().listOutbox() }))),
];
