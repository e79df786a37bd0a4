import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { OrderDialog } from './order-dialog';

const meta = {
  title: 'Partner Portal dialogs/Order licenses',
  component: OrderDialog,
  args: { open: true, onClose: fn(), onOrdered: fn() },
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  beforeEach() {
    signInPartner();
  },
} satisfies Meta<ComponentProps<typeof OrderDialog> & CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

async function choose(
  canvasElement: HTMLElement,
  dialog: HTMLElement,
  field: string,
  option: string,
) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: field }));
  await userEvent.click(
    await within(canvasElement.ownerDocument.body).findByRole('option', { name: option }),
  );
}

/** PP-9: a 100-device capacity license by default; the purchase order is the one field to fill. */
export const Capacity: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Order licenses');
    await expect(within(dialog).getByRole('textbox', { name: 'Devices per license' })).toHaveValue(
      '100',
    );
    await expect(within(dialog).queryByRole('combobox', { name: 'Term' })).toBeNull();
  },
};

/** PP-9: maintenance runs 1 or 3 years; the order arrives in My Inventory. */
export const Maintenance: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Order licenses');
    await choose(canvasElement, dialog, 'License type', 'Maintenance');
    await choose(canvasElement, dialog, 'Term', '3 years');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Purchase order' }),
      'PO-5001',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Order' }));
    await waitFor(() =>
      expect(args.onOrdered).toHaveBeenCalledWith(
        expect.objectContaining({ kind: 'maintenance', termYears: 3, purchaseOrder: 'PO-5001' }),
        1,
      ),
    );
  },
};

/** PP-9: 0 devices and no purchase order: each field says what is wrong; nothing is ordered. */
export const BadInput: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Order licenses');
    const devices = within(dialog).getByRole('textbox', { name: 'Devices per license' });
    await userEvent.clear(devices);
    await userEvent.type(devices, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Order' }));
    await waitFor(() => expect(devices).toHaveAttribute('aria-invalid', 'true'));
    await expect(devices).toHaveAccessibleDescription(
      'Enter a whole number of devices from 1 to 10,000.',
    );
    await expect(
      within(dialog).getByRole('textbox', { name: 'Purchase order' }),
    ).toHaveAccessibleDescription('Enter the purchase order.');
    await expect(args.onOrdered).not.toHaveBeenCalled();
  },
};

export const BadInputOnPhone: Story = onViewport(BadInput, 'phone');
