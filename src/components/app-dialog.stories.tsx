import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { expect, fn, userEvent, within } from 'storybook/test';
import { findDialog, onViewport } from '@tests/play-helpers';
import { AppDialog, DialogText } from './app-dialog';

const meta = {
  title: 'Components/AppDialog',
  component: AppDialog,
  args: {
    open: true,
    title: 'Rename segment controller',
    onClose: fn(),
    onSubmit: fn((event) => event.preventDefault()),
    children: (
      <>
        <DialogText>The name shows in every list of the console.</DialogText>
        <TextField label="Name" defaultValue="Main Hall" autoFocus fullWidth sx={{ mt: 2 }} />
      </>
    ),
    actions: (
      <>
        <Button>Cancel</Button>
        <Button type="submit" variant="contained">
          Save
        </Button>
      </>
    ),
  },
  argTypes: {
    maxWidth: { control: 'inline-radio', options: ['xs', 'sm', 'md', 'lg'] },
    children: { control: false },
    actions: { control: false },
    title: { control: 'text' },
  },
} satisfies Meta<typeof AppDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A form in a dialog: named by its title, Enter in a field submits, Escape closes. */
export const Form: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Rename segment controller');
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await userEvent.type(name, ' East{Enter}');
    await expect(args.onSubmit).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    await expect(args.onClose).toHaveBeenCalledOnce();
  },
};

/** UX-2: on a phone every dialog takes the whole screen. */
export const FormOnPhone: Story = onViewport(
  {
    play: async ({ canvasElement }) => {
      const dialog = await findDialog(canvasElement, 'Rename segment controller');
      const screen = dialog.ownerDocument.documentElement;
      await expect(dialog.getBoundingClientRect().width).toBe(screen.clientWidth);
    },
  },
  'phone',
);
