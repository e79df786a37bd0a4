import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { seedTypicalSite } from '@mocks/cloud/seed';
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

// The seed is deterministic: P-Building 1 is the same account in every story.
const BUILDING_1 = seedTypicalSite().customers.find((c) => c.name === 'P-Building 1');

/** PP-8: the same form edits an account; its name and contact e-mails come filled in. */
export const Edit: Story = {
  args: BUILDING_1 ? { customer: BUILDING_1 } : {},
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Edit P-Building 1');
    const name = within(dialog).getByRole('textbox', { name: 'Customer name' });
    await expect(name).toHaveValue('P-Building 1');
    await userEvent.type(name, ' East');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(args.onCreated).toHaveBeenCalledWith(
        expect.objectContaining({ id: BUILDING_1?.id, name: 'P-Building 1 East' }),
      ),
    );
  },
};
