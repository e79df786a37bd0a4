import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { atViewport } from '@tests/story-viewports';
import { ShellSkeleton } from './shell-skeleton';

const meta = {
  title: 'App/Shell skeleton',
  component: ShellSkeleton,
  args: { path: '/fleet' },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ShellSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A cold load on a phone: the top bar and a greyed page at once, not a blank white page. */
export const Phone: Story = {
  globals: atViewport('phone'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('License Console')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Menu' })).toBeVisible();
    await expect(canvas.getByLabelText('Loading the License Console')).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(canvas.queryByRole('button', { name: /Signed in as/ })).toBeNull();
  },
};

/** The same on a laptop. */
export const Laptop: Story = {
  globals: atViewport('laptop'),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('License Console')).toBeVisible();
    await expect(canvas.getByLabelText('Loading the License Console')).toBeVisible();
  },
};

/** A cold load of the dashboard: its own title stands from the first paint, the rest greyed. */
export const Dashboard: Story = {
  args: { path: '/' },
  globals: atViewport('phone'),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'CMS Dashboard' })).toBeVisible();
    await expect(canvas.getByLabelText('Loading the License Console')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};
