import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CmsDashboardPage } from './cms-dashboard-page';
import { onViewport } from '@tests/play-helpers';

const meta = {
  title: 'CMS/Dashboard',
  component: CmsDashboardPage,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    role: cloudArgTypes.role,
    latencyMs: cloudArgTypes.latencyMs,
  },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Owner's dashboard on the typical site, the dialog closed. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'CMS Dashboard' }),
    ).toBeVisible();
    await expect(await canvas.findByText('Signed in as Olivia Brandt (Owner)')).toBeVisible();
    await expect(await canvas.findAllByRole('heading', { level: 3 })).toHaveLength(3);
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
  },
};

/** PL-1: the renewal and coverage planner is one click from the dashboard, for every CMS user. */
export const LinksToPlanner: Story = {
  args: { role: 'Admin' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: 'Renewal planner' })).toHaveAttribute(
      'href',
      '/planner',
    );
  },
};

/** Clicking the License Status display opens Manage Licenses over the dashboard (SS-3). */
export const OpensDialog: Story = {
  play: async ({ canvas, canvasElement }) => {
    // The display becomes clickable once the session says this is the Owner.
    await canvas.findByRole('button', { name: 'Manage Licenses' });
    await userEvent.click(canvas.getByText('License Status'));
    // The dialog is in a portal outside the story's root.
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'Manage Licenses' });
    await waitFor(() => {
      const table = within(dialog).getByRole('table', { name: 'Activated licenses' });
      expect(table).not.toHaveAttribute('aria-busy');
      expect(within(table).getAllByRole('row')).toHaveLength(10);
    });
  },
};

/** After the Owner signs in, a segment with more devices than capacity opens Manage Licenses by itself (SS-2). */
export const OpensByItself: Story = {
  parameters: { autoOpen: true },
  play: async ({ canvasElement, app }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: 'Manage Licenses' });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(app.location.history.at(-1)).toBe('/?manage=licenses');
    await expect(
      await within(dialog).findByText(/Plant Room: 5 of 30 devices are unlicensed/),
    ).toBeVisible();
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
