import type { Meta, StoryObj } from '@storybook/react-vite';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import Typography from '@mui/material/Typography';
import { expect } from 'storybook/test';
import { EmptyState } from './empty-state';

const meta = {
  title: 'Components/EmptyState',
  component: EmptyState,
  args: {
    icon: <Inventory2Outlined fontSize="inherit" />,
    title: 'No licenses in stock',
    children: <Typography variant="body2">Licenses you buy from EnOcean show up here.</Typography>,
  },
  argTypes: { icon: { control: false }, children: { control: false } },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A list with nothing in it yet: what is missing and how it gets there. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No licenses in stock')).toBeVisible();
    await expect(canvas.getByText('Licenses you buy from EnOcean show up here.')).toBeVisible();
  },
};

/** A search that matched nothing: the title alone. */
export const TitleOnly: Story = {
  args: { title: 'No licenses match “PO-9999”', children: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('No licenses match “PO-9999”')).toBeVisible();
  },
};
