import type { Meta, StoryObj } from '@storybook/react-vite';
import { onlineManager } from '@tanstack/react-query';
import { expect, waitFor } from 'storybook/test';
import { OfflineBanner } from './offline-banner';

const meta = {
  title: 'App/Offline banner',
  component: OfflineBanner,
} satisfies Meta<typeof OfflineBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** R4: the browser is offline; the banner says what happens to commands meanwhile. */
export const Offline: Story = {
  beforeEach: () => {
    onlineManager.setOnline(false);
    return () => onlineManager.setOnline(true);
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'You are offline. Changes you make are sent when the connection is back',
    );
    onlineManager.setOnline(true);
    await waitFor(() => expect(canvas.queryByRole('status')).toBeNull());
  },
};
