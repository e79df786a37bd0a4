import type { Meta, StoryObj } from '@storybook/react-vite';
import Typography from '@mui/material/Typography';
import { expect, fn, userEvent, within } from 'storybook/test';
import { findDialog } from '@tests/play-helpers';
import { ConfirmDialog } from './confirm-dialog';

const meta = {
  title: 'Components/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    open: true,
    title: 'Reset the simulated cloud?',
    confirmLabel: 'Reset data',
    destructive: true,
    children: <Typography>Everything done in the simulated cloud so far is replaced.</Typography>,
    onConfirm: fn(),
    onCancel: fn(),
  },
  argTypes: { children: { control: false } },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Asks before what cannot be undone; Cancel has the focus, so Enter does no harm. */
export const Destructive: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Reset the simulated cloud?');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await expect(cancel).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reset data' }));
    await expect(args.onConfirm).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** While the answer is on its way nothing can be clicked twice and Escape does not close. */
export const Pending: Story = {
  args: { pending: true, destructive: false, confirmLabel: 'Send', title: 'Send the report?' },
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Send the report?');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await expect(within(dialog).getByRole('button', { name: /Send/ })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    await expect(args.onCancel).not.toHaveBeenCalled();
  },
};
