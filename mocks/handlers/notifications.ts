import { http } from 'msw';
import { saveNotificationSettingsBodySchema } from '@/api/contract/notifications';
import { cloudFor } from './caller';
import { readBody } from './request';
import { respond } from './respond';

/** SS-60 … SS-62: expiry notification settings and the outbox of sent e-mails. */
export const notificationHandlers = [
  http.get('*/api/cms/notification-settings', ({ request }) =>
    respond(() => cloudFor(request, 'cms').notificationSettings()),
  ),
  http.put('*/api/cms/notification-settings', ({ request }) =>
    respond(async () =>
      cloudFor(request, 'cms').saveNotificationSettings(
        await readBody(request, saveNotificationSettingsBodySchema),
      ),
    ),
  ),
  http.get('*/api/cms/outbox', ({ request }) =>
    respond(() => ({ items: cloudFor(request, 'cms').listOutbox() })),
  ),
];
