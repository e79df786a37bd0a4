import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatusChip } from './status-chip';

const meta = {
  title: 'Components/StatusChip',
  component: StatusChip,
  args: { label: 'Expiring', tone: 'warning' },
  argTypes: {
    tone: { control: 'inline-radio', options: ['success', 'warning', 'error', 'info', 'default'] },
  },
} satisfies Meta<typeof StatusChip>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A license's status: the color always comes with the words. */
export const Warning: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Expiring')).toBeVisible();
  },
};

/** The neutral tone is outlined, so it reads as "nothing to do" next to the filled ones. */
export const Neutral: Story = {
  args: { label: 'Not activated', tone: 'default' },
  play: async ({ canvas }) => {
    const chip = canvas.getByText('Not activated').parentElement;
    await expect(chip).toHaveClass('MuiChip-outlined');
  },
};
