import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import { ApiError } from '@/api/errors';
import { ErrorAlert } from './error-alert';

const meta = {
  title: 'Components/ErrorAlert',
  component: ErrorAlert,
  args: {
    title: 'The licenses could not be loaded',
    error: new ApiError(500, { code: 'internal', message: 'Database unavailable' }),
  },
  argTypes: {
    error: { control: false },
    severity: { control: 'inline-radio', options: ['error', 'warning'] },
    role: { control: 'inline-radio', options: ['alert', 'status'] },
  },
} satisfies Meta<typeof ErrorAlert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What failed, the cloud's own words, and Retry. */
export const WithRetry: Story = {
  args: { onRetry: fn() },
  play: async ({ canvas, args }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent('The licenses could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** The network is down: a message about the network, not the request's internals. */
export const NetworkDown: Story = {
  args: {
    title: undefined,
    error: new ApiError(0, { code: 'network_error', message: 'Failed to fetch' }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached. Check the network connection and try again.',
    );
  },
};

/** R2: a refresh failed while the last answer is still on screen: a warning that says so. */
export const LastLoaded: Story = {
  args: {
    title: 'The licenses could not be refreshed',
    lastLoaded: 'Showing the licenses as last loaded.',
  },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent(
      /Showing the licenses as last loaded\. .*Database unavailable/,
    );
    // A warning, not an error: the screen is still usable.
    await expect(alert).toHaveClass(/MuiAlert-colorWarning/);
  },
};

/** A failure the user may put away once read. */
export const Dismissible: Story = {
  args: { onDismiss: fn() },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await expect(args.onDismiss).toHaveBeenCalledOnce();
  },
};
