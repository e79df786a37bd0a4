import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { seedTypicalSite } from '@mocks/cloud/seed';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { DeleteCustomerDialog } from './delete-customer-dialog';

// The seed is deterministic: these are the same accounts in every story.
const customers = seedTypicalSite().customers;
const CAMPUS = customers.find((c) => c.name === 'P2022-0208');
if (!CAMPUS) throw new Error('The typical site has no P2022-0208');

const meta = {
  title: 'Partner Portal dialogs/Delete customer',
  component: DeleteCustomerDialog,
  args: { open: true, customer: CAMPUS, onClose: fn(), onDeleted: fn() },
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  beforeEach() {
    signInPartner();
  },
} satisfies Meta<ComponentProps<typeof DeleteCustomerDialog> & CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PP-8: asks first, naming the Customer ID that goes; Cancel has the focus. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Delete P2022-0208?');
    await expect(dialog).toHaveTextContent(CAMPUS.id);
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** PP-8: the campus holds licenses: the cloud refuses and says how many; nothing is deleted. */
export const HoldsLicenses: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Delete P2022-0208?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete customer' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        /P2022-0208 holds \d+ licenses, so it cannot be deleted/,
      ),
    );
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};
