import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { server } from '@mocks/node';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { enterText } from '@tests/enter-text';

const OPEN = '/?manage=notifications';
const SETTINGS_URL = '*/api/cms/notification-settings';
const SEED_SETTINGS = { recipients: [], days: [90, 30, 7, 0], notifyOnActivation: true };

async function openForm() {
  const rendered = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
  const dialog = await screen.findByRole('dialog', { name: /Edit Notifications/ });
  const view = within(dialog);
  const recipientBox = await view.findByRole('textbox', { name: 'Add a recipient' });
  const dayBox = view.getByRole('textbox', { name: 'Add a notification day' });
  const chips = (label: 'Recipients' | 'Notification days') =>
    view.queryByRole('list', { name: label })
      ? within(view.getByRole('list', { name: label }))
          .getAllByRole('listitem')
          .map((item) => item.textContent)
      : [];
  const save = view.getByRole('button', { name: 'Save' });
  const cancel = view.getByRole('button', { name: 'Cancel' });
  const toggle = view.getByRole('switch', {
    name: 'Notify when a maintenance license is activated or renewed',
  });
  return { ...rendered, dialog, view, recipientBox, dayBox, chips, save, cancel, toggle };
}

describe('Edit Notifications (SS-60)', () => {
  it('shows the defaults: no recipients, days 90, 30, 7, 0, activation notices on', async () => {
    const { chips, recipientBox, save, toggle, view } = await openForm();
    expect(chips('Recipients')).toEqual([]);
    expect(chips('Notification days')).toEqual(['90', '30', '7', '0']);
    expect(toggle).toBeChecked();
    expect(recipientBox).toHaveAccessibleDescription(
      'Type an e-mail address and press Enter. 1 to 10 recipients.',
    );
    expect(view.getByText(/0 = on the expiry day/)).toBeVisible();
    expect(save).toBeDisabled();
  });

  it('adds recipients with Enter or comma, removes chips, and saves to the cloud', async () => {
    const { user, chips, recipientBox, dayBox, save, toggle, view } = await openForm();
    await user.type(recipientBox, ' Facilities@Example.com {Enter}');
    await user.type(recipientBox, 'ops@example.org,');
    await user.type(recipientBox, 'temp@example.net{Enter}');
    expect(chips('Recipients')).toEqual([
      'facilities@example.com',
      'ops@example.org',
      'temp@example.net',
    ]);
    expect(recipientBox).toHaveValue('');
    await user.click(view.getByRole('button', { name: 'Remove temp@example.net' }));
    await user.click(view.getByRole('button', { name: 'Remove 7' }));
    await user.type(dayBox, '60{Enter}');
    await user.click(toggle);
    expect(chips('Notification days')).toEqual(['90', '30', '0', '60']);
    await user.click(save);
    expect(await view.findByRole('status')).toHaveTextContent('Notification settings saved.');
    expect(inspect().notificationSettings).toEqual({
      recipients: ['facilities@example.com', 'ops@example.org'],
      days: [90, 60, 30, 0],
      notifyOnActivation: false,
    });
    // The form now shows what the cloud stored.
    expect(chips('Notification days')).toEqual(['90', '60', '30', '0']);
    expect(save).toBeDisabled();
  });

  it('saves a valid address still in the box with the chips', async () => {
    const { user, recipientBox, save } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org');
    await user.click(save);
    await waitFor(() =>
      expect(inspect().notificationSettings.recipients).toEqual(['ops@example.org']),
    );
  });

  it.each([
    ['not-an-address', 'not-an-address is not a valid e-mail address.'],
    ['a@b', 'a@b is not a valid e-mail address.'],
  ])('marks the address %s inline, does not add it, and cannot save', async (typed, message) => {
    const { user, chips, recipientBox, save } = await openForm();
    await enterText(user, recipientBox, `${typed}{Enter}`);
    expect(recipientBox).toHaveAccessibleDescription(message);
    expect(recipientBox).toHaveAttribute('aria-invalid', 'true');
    expect(chips('Recipients')).toEqual([]);
    expect(save).toBeDisabled();
    expect(inspect().notificationSettings).toEqual(SEED_SETTINGS);
  });

  it('refuses a duplicate address and an 11th recipient', async () => {
    const { user, chips, recipientBox, save } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org{Enter}OPS@example.org{Enter}');
    expect(recipientBox).toHaveAccessibleDescription('ops@example.org is already a recipient.');
    expect(save).toBeDisabled();
    await user.clear(recipientBox);
    for (let i = 1; i <= 9; i += 1)
      await enterText(user, recipientBox, `user${i}@example.org{Enter}`);
    expect(chips('Recipients')).toHaveLength(10);
    await enterText(user, recipientBox, 'eleven@example.org{Enter}');
    expect(recipientBox).toHaveAccessibleDescription('At most 10 recipients.');
    expect(chips('Recipients')).toHaveLength(10);
    expect(save).toBeDisabled();
    expect(inspect().notificationSettings).toEqual(SEED_SETTINGS);
  });

  it.each([
    ['366', 'Days before expiry are 0 to 365.'],
    ['-1', 'Days before expiry are 0 to 365.'],
    ['1.5', 'Use whole days: 1.5 is not one.'],
    ['30', '30 is already in the list.'],
    ['soon', 'Enter a number of days, like 30.'],
  ])('marks the day %s inline, does not add it, and cannot save', async (typed, message) => {
    const { user, chips, recipientBox, dayBox, save } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org{Enter}');
    await enterText(user, dayBox, `${typed}{Enter}`);
    expect(dayBox).toHaveAccessibleDescription(message);
    expect(dayBox).toHaveAttribute('aria-invalid', 'true');
    expect(chips('Notification days')).toEqual(['90', '30', '7', '0']);
    expect(save).toBeDisabled();
    expect(inspect().notificationSettings).toEqual(SEED_SETTINGS);
  });

  it('Cancel restores the saved values', async () => {
    cloud().saveNotificationSettings({
      recipients: ['facilities@example.com'],
      days: [30],
      notifyOnActivation: false,
    });
    const { user, chips, recipientBox, cancel, toggle, view } = await openForm();
    expect(chips('Recipients')).toEqual(['facilities@example.com']);
    await user.click(view.getByRole('button', { name: 'Remove facilities@example.com' }));
    await enterText(user, recipientBox, 'half-typed');
    await user.click(toggle);
    await user.click(cancel);
    expect(chips('Recipients')).toEqual(['facilities@example.com']);
    expect(chips('Notification days')).toEqual(['30']);
    expect(recipientBox).toHaveValue('');
    expect(toggle).not.toBeChecked();
    expect(cancel).toBeDisabled();
  });

  it('puts the cloud’s refusal of a field on that field', async () => {
    server.use(
      http.put(SETTINGS_URL, () =>
        HttpResponse.json(
          {
            code: 'validation_failed',
            message: 'The mail server refuses this domain.',
            details: { fields: { 'recipients.1': 'The mail server refuses this domain.' } },
          },
          { status: 400 },
        ),
      ),
    );
    const { user, recipientBox, save, view } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org{Enter}someone@blocked.example{Enter}');
    await user.click(save);
    await waitFor(() =>
      expect(recipientBox).toHaveAccessibleDescription('The mail server refuses this domain.'),
    );
    expect(recipientBox).toHaveAttribute('aria-invalid', 'true');
    expect(view.queryByRole('alert')).not.toBeInTheDocument();
    expect(inspect().notificationSettings).toEqual(SEED_SETTINGS);
  });

  it('says why when the save fails without a field', async () => {
    server.use(
      http.put(SETTINGS_URL, () =>
        HttpResponse.json({ code: 'internal', message: 'Mail service down' }, { status: 500 }),
      ),
    );
    const { user, recipientBox, save, view } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org{Enter}');
    await user.click(save);
    expect(await view.findByRole('alert')).toHaveTextContent('Mail service down');
  });

  it('asks before BACK discards unsaved edits', async () => {
    const { user, recipientBox, dialog, location } = await openForm();
    await enterText(user, recipientBox, 'ops@example.org{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(location.history.at(-1)).toBe(OPEN);
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Discard unsaved changes?' })).getByRole(
        'button',
        { name: 'Discard changes' },
      ),
    );
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=licenses'));
    expect(inspect().notificationSettings).toEqual(SEED_SETTINGS);
  });

  it('shows a busy skeleton, then an error with Retry', async () => {
    server.use(
      http.get(
        SETTINGS_URL,
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    expect(await screen.findByText('Loading notification settings…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Notification settings could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('textbox', { name: 'Add a recipient' })).toBeVisible();
  });

  it('links to the sent notifications', async () => {
    const { user, view, location } = await openForm();
    await user.click(view.getByRole('button', { name: 'Sent notifications' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=outbox'));
    // BACK from there returns to the notification settings, not to the license list.
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=notifications'));
  });
});
