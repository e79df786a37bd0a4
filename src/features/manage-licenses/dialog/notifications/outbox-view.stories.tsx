import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

const meta = {
  title: 'CMS/Manage Licenses/Sent notifications',
  component: ManageLicensesDialog,
  parameters: { url: '/?manage=outbox' },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing sent yet: when the cloud sends notifications, and where to set them up. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Sent notifications/);
    await expect(await within(dialog).findByText('No notifications sent yet')).toBeVisible();
  },
};

/** SS-61: with recipients set, the clock moved to Plant Room's expiry day sent two notices. */
export const WithMessages: Story = {
  beforeEach() {
    cloud().saveNotificationSettings({
      recipients: ['facilities@example.com', 'olivia.brandt@example.com'],
      days: [90, 30, 7, 0],
      notifyOnActivation: true,
    });
    cloud().advanceClock({ to: '2026-12-14' });
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Sent notifications/);
    const table = await waitFor(() => {
      const found = within(dialog).getByRole('table', { name: 'Sent notifications' });
      expect(found).not.toHaveAttribute('aria-busy');
      return found;
    });
    await expect(within(table).getAllByRole('row')).toHaveLength(3);
    await expect(
      within(table).getByText('Maintenance license expires today: Plant Room'),
    ).toBeVisible();
  },
};

/** UX-2: the WithMessages story on a phone and on a small laptop; nothing scrolls sideways. */
export const WithMessagesOnPhone: Story = onViewport(WithMessages, 'phone');
export const WithMessagesOnLaptop: Story = onViewport(WithMessages, 'laptop');
