import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { a, inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { OUTBOX_KEPT_MESSAGES } from '@/api/contract/notifications';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const OPEN = '/?manage=outbox';

async function openOutbox() {
  const rendered = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
  const dialog = await screen.findByRole('dialog', { name: /Sent notifications/ });
  return { ...rendered, dialog };
}

describe('Sent notifications (SS-62)', () => {
  it('says when notifications are sent while none were', async () => {
    const { dialog, user, location } = await openOutbox();
    expect(await within(dialog).findByText('No notifications sent yet')).toBeVisible();
    expect(dialog).toHaveTextContent(
      /on each notification day before a maintenance license expires/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Edit Notifications' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=notifications'));
  });

  it('lists each message, newest first', async () => {
    cloud().saveNotificationSettings({
      recipients: ['facilities@example.com', 'ops@example.org'],
      days: [90, 30, 7, 0],
      notifyOnActivation: true,
    });
    cloud().advanceClock({ to: '2026-12-14' });
    const plantRoom = inspect().outbox[0]?.licenseId ?? '';
    const { dialog } = await openOutbox();
    const table = await within(dialog).findByRole('table', {
      name: 'Sent notifications',
      busy: false,
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Date', 'Recipients', 'Subject', 'License']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '2026-12-14',
      '2026-12-07',
    ]);
    const [today, earlier] = rows.map((row) => within(row));
    expect(today?.getByText('Maintenance license expires today: Plant Room')).toBeVisible();
    expect(earlier?.getByText('Maintenance license expires in 7 days: Plant Room')).toBeVisible();
    expect(today?.getByText('facilities@example.com')).toBeVisible();
    expect(today?.getByText('ops@example.org')).toBeVisible();
    expect(today?.getByText(plantRoom)).toBeVisible();
    expect(today?.getByRole('button', { name: `Copy License ID ${plantRoom}` })).toBeVisible();
  });

  it(`says that only the newest ${OUTBOX_KEPT_MESSAGES} messages are kept once there are that many`, async () => {
    the
      .cloud()
      .outboxHolds(
        Array.from({ length: OUTBOX_KEPT_MESSAGES }, (_, n) =>
          a
            .outboxMessage()
            .withId(`message-${n}`)
            .sentOn('2026-11-23')
            .to('facilities@example.com')
            .subject(`Message ${n}`)
            .build(),
        ),
      );
    const { dialog } = await openOutbox();
    const table = await within(dialog).findByRole('table', {
      name: 'Sent notifications',
      busy: false,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(OUTBOX_KEPT_MESSAGES + 1);
    expect(
      within(dialog).getByText(
        `The newest ${OUTBOX_KEPT_MESSAGES} messages; the cloud keeps no older ones.`,
      ),
    ).toBeVisible();
  });

  it('shows a busy skeleton, then an error with Retry', async () => {
    server.use(
      http.get(
        '*/api/cms/outbox',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Mail log unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { dialog, user } = await openOutbox();
    expect(within(dialog).getByRole('table', { name: 'Sent notifications' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Sent notifications could not be loaded');
    expect(alert).toHaveTextContent('Mail log unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('No notifications sent yet')).toBeVisible();
  });
});
