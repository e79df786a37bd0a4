import type { Meta, StoryObj } from '@storybook/react-vite';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { expect, fn, screen, userEvent, within } from 'storybook/test';
import { partnerPortalQueries } from '@/api/partner-portal';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { the } from '@tests/builders';
import { TransferDialog } from './transfer-dialog';

interface TransferStoryProps {
  /** How many of the partner's licenses in stock are selected. */
  licenses: number;
  onClose: (transferred: boolean) => void;
}

/** The dialog as My Inventory opens it: the first licenses in stock, the partner's customers. */
function TransferFromStock({ licenses, onClose }: TransferStoryProps) {
  const inventory = useQuery(partnerPortalQueries.inventory());
  const customers = useQuery(partnerPortalQueries.customers());
  if (!inventory.data || !customers.data)
    return <LinearProgress aria-label="Loading the inventory" />;
  return (
    <TransferDialog
      open
      licenses={inventory.data.myInventory.slice(0, licenses)}
      customers={customers.data}
      onClose={onClose}
      onTransferred={() => undefined}
    />
  );
}

const meta = {
  title: 'Partner Portal dialogs/Transfer',
  component: TransferFromStock,
  args: { licenses: 2, onClose: fn() },
  argTypes: {
    licenses: { control: { type: 'range', min: 1, max: 5 } },
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
  },
  beforeEach() {
    signInPartner();
  },
} satisfies Meta<TransferStoryProps & CloudArgs>;

export default meta;
type Story = StoryObj<TransferStoryProps & CloudArgs>;

/** PP-4: pick the customer, Transfer; each license comes back with its new License ID. */
export const Transfer: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Transfer to customer');
    const selected = within(dialog).getByRole('list', { name: 'Licenses to transfer' });
    await expect(within(selected).getAllByRole('listitem')).toHaveLength(2);
    const transfer = within(dialog).getByRole('button', { name: 'Transfer' });
    await expect(transfer).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Customer' }));
    await userEvent.click(await screen.findByRole('option', { name: 'P-Building 1' }));
    await userEvent.click(transfer);
    await expect(
      await within(dialog).findByText(/^2 licenses transferred to P-Building 1 on/),
    ).toBeVisible();
    const newIds = within(dialog).getByRole('list', { name: 'New License IDs' });
    await expect(within(newIds).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
  },
};

/** A partner without customers is told to create one first; Transfer stays off. */
export const NoCustomers: Story = {
  beforeEach() {
    the.partner('Northwind Controls').withoutCustomers();
  },
  args: { licenses: 1 },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Transfer to customer');
    await expect(within(dialog).getByText('Create a customer first.')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Transfer' })).toBeDisabled();
  },
};
