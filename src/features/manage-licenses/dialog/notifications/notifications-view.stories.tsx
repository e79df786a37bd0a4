import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

const SETTINGS_URL = '*/api/cms/notification-settings';

async function findRecipientBox(canvasElement: HTMLElement) {
  const dialog = await findDialog(canvasElement, /Edit Notifications/);
  const box = await within(dialog).findByRole('textbox', { name: 'Add a recipient' });
  return { dialog, box };
}

function withRecipients() {
  cloud().saveNotificationSettings({
    recipients: ['facilities@example.com', 'olivia.brandt@example.com'],
    days: [60, 30, 7, 0],
    notifyOnActivation: true,
  });
}

const meta = {
  title: 'CMS/Manage Licenses/Edit Notifications',
  component: ManageLicensesDialog,
  parameters: { url: '/?manage=notifications' },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The seed: no recipients yet, notices 90, 30, 7 and 0 days before expiry, activation notices on. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { dialog } = await findRecipientBox(canvasElement);
    const days = within(dialog).getByRole('list', { name: 'Notification days' });
    await expect(
      within(days)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['90', '30', '7', '0']);
    await expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/** Two recipients saved; the days as the cloud stores them. */
export const WithRecipients: Story = {
  beforeEach: withRecipients,
  play: async ({ canvasElement }) => {
    const { dialog } = await findRecipientBox(canvasElement);
    const recipients = within(dialog).getByRole('list', { name: 'Recipients' });
    await expect(within(recipients).getAllByRole('listitem')).toHaveLength(2);
    await expect(
      within(dialog).getByRole('button', { name: 'Remove facilities@example.com' }),
    ).toBeVisible();
  },
};

/** SS-60: a malformed address is marked where it was typed, not added, and cannot be saved. */
export const InvalidInput: Story = {
  beforeEach: withRecipients,
  play: async ({ canvasElement }) => {
    const { dialog, box } = await findRecipientBox(canvasElement);
    await userEvent.type(box, 'facilities.example.com{Enter}');
    await expect(box).toHaveAccessibleDescription(
      'facilities.example.com is not a valid e-mail address.',
    );
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/** A recipient added and saved: the cloud has it, and the form says so. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const { dialog, box } = await findRecipientBox(canvasElement);
    await userEvent.type(box, 'facilities@example.com{Enter}');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await expect(await within(dialog).findByText('Notification settings saved.')).toBeVisible();
    await expect(inspect().notificationSettings.recipients).toEqual(['facilities@example.com']);
  },
};

/** The settings have not answered yet. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get(SETTINGS_URL, () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Edit Notifications/);
    await expect(within(dialog).getByText('Loading notification settings…')).toBeInTheDocument();
  },
};

/** The settings could not be read: the reason, with Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get(SETTINGS_URL, () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Edit Notifications/);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Notification settings could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** UX-2: the WithRecipients story on a phone and on a small laptop; nothing scrolls sideways. */
export const WithRecipientsOnPhone: Story = onViewport(WithRecipients, 'phone');
export const WithRecipientsOnLaptop: Story = onViewport(WithRecipients, 'laptop');
