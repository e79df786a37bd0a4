import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { NewCustomerDialog } from './new-customer-dialog';

const meta = {
  title: 'Partner Portal dialogs/New customer',
  component: NewCustomerDialog,
  args: { open: true, onClose: fn(), onCreated: fn() },
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  beforeEach() {
    signInPartner();
  },
} satisfies Meta<ComponentProps<typeof NewCustomerDialog> & CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PP-2: a name and the contact e-mails as chips; Create adds the customer. */
export const Create: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'New customer');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Customer name' }),
      'Annex West',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' }),
      'ops@annex.example{Enter}',
    );
    await expect(
      within(within(dialog).getByRole('list', { name: 'Contact e-mails' })).getByText(
        'ops@annex.example',
      ),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() =>
      expect(args.onCreated).toHaveBeenCalledWith(expect.objectContaining({ name: 'Annex West' })),
    );
  },
};

/** PP-2: a name the partner already uses is refused on the field, by the cloud. */
export const NameTaken: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'New customer');
    const name = within(dialog).getByRole('textbox', { name: 'Customer name' });
    await userEvent.type(name, 'P-Building 1');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' }),
      'ops@annex.example',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await expect(name).toHaveAccessibleDescription(
      'You already have a customer named P-Building 1.',
    );
    await expect(args.onCreated).not.toHaveBeenCalled();
  },
};
