import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { inspect } from '@tests/builders';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { scenarios } from '@mocks/scenarios';
import { request } from '@/api/client';
import { fleetRoutes } from '@/api/contract/fleet';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';

/** The typical site's fleet, read once so a story can name its locations and sensors. */
const SEED = scenarios['typical-site'].seed();
const WAREHOUSE = SEED.fleet.sensors.filter((s) => s.location === 'Warehouse');
const WAREHOUSE_QUEUED = WAREHOUSE.filter((s) => s.queue.length > 0);

async function findLoadedTable(canvasElement: HTMLElement) {
  return waitFor(() => {
    const table = within(canvasElement).getByRole('table', { name: 'Sensors' });
    expect(table).not.toHaveAttribute('aria-busy', 'true');
    return table;
  });
}

/** Opens Bulk actions and chooses one; answers its dialog. */
async function chooseBulkAction(canvasElement: HTMLElement, action: string, title: string) {
  const canvas = within(canvasElement);
  await findLoadedTable(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Bulk actions' }));
  await userEvent.click(await within(document.body).findByRole('menuitem', { name: action }));
  return findDialog(canvasElement, title);
}

const meta = {
  title: 'License Manager/Bulk actions',
  component: LicenseManagerPage,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  parameters: { url: '/fleet' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** LM-12: everything a location filter matches, with the count before confirming; n of m after. */
export const AutoRenewalOffForALocation: Story = {
  parameters: { url: '/fleet?location=Warehouse' },
  play: async ({ canvasElement }) => {
    const dialog = await chooseBulkAction(
      canvasElement,
      'Turn Auto Renewal off…',
      'Turn Auto Renewal off',
    );
    const count = WAREHOUSE.length;
    await expect(
      within(dialog).getByText(`All ${count} sensors that match the search and filters`),
    ).toBeVisible();
    await userEvent.click(
      within(dialog).getByRole('button', { name: `Turn off for ${count} sensors` }),
    );
    await expect(
      await within(dialog).findByText(`Done for ${count} of ${count} sensors.`),
    ).toBeVisible();
    const warehouse = inspect().fleet.sensors.filter((s) => s.location === 'Warehouse');
    await expect(warehouse.every((s) => !s.autoRenewal)).toBe(true);
    await expect(inspect().fleet.sensors.some((s) => s.autoRenewal)).toBe(true);
  },
};

/** LM-12: a partial result: the sensors with nothing queued are listed with their reason. */
export const PartialFailure: Story = {
  parameters: { url: '/fleet?location=Warehouse' },
  play: async ({ canvasElement }) => {
    const dialog = await chooseBulkAction(
      canvasElement,
      'Remove queued licenses…',
      'Remove queued licenses',
    );
    const count = WAREHOUSE.length;
    const done = WAREHOUSE_QUEUED.length;
    await userEvent.click(
      within(dialog).getByRole('button', { name: `Remove from ${count} sensors` }),
    );
    await expect(
      await within(dialog).findByText(`Done for ${done} of ${count} sensors.`),
    ).toBeVisible();
    const refused = within(dialog).getByRole('table', { name: 'Sensors left as they were' });
    await expect(within(refused).getAllByText('Nothing is queued on this sensor.')).toHaveLength(
      count - done,
    );
    await expect(
      inspect().fleet.sensors.filter((s) => s.location === 'Warehouse' && s.queue.length > 0),
    ).toHaveLength(0);
  },
};

/** LM-12: ticked rows; the dialog offers them or the whole filter, and the pool pays for each. */
export const AssignToSelectedRows: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await findLoadedTable(canvasElement);
    const boxes = within(table).getAllByRole('checkbox');
    await userEvent.click(boxes[0] ?? table);
    await userEvent.click(boxes[1] ?? table);
    await expect(canvas.getByText('2 sensors selected')).toBeVisible();
    const left = inspect().fleet.pool.length;
    const dialog = await chooseBulkAction(canvasElement, 'Assign licenses…', 'Assign licenses');
    await expect(
      within(dialog).getByRole('radio', { name: 'The 2 selected sensors' }),
    ).toBeChecked();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assign to 2 sensors' }));
    await expect(await within(dialog).findByText('Done for 2 of 2 sensors.')).toBeVisible();
    await expect(inspect().fleet.pool).toHaveLength(left - 2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await expect(canvas.queryByText('2 sensors selected')).not.toBeInTheDocument();
  },
};

/** LM-12: more sensors than the key has licenses: said at the field, and nothing can be sent. */
export const PoolShort: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await chooseBulkAction(canvasElement, 'Assign licenses…', 'Assign licenses');
    const total = SEED.fleet.sensors.length;
    await expect(
      within(dialog).getByText(new RegExp(`licenses? left for ${total} sensors\\. Choose fewer`)),
    ).toBeVisible();
    await expect(
      within(dialog).getByRole('button', { name: `Assign to ${total} sensors` }),
    ).toBeDisabled();
  },
};

/** LM-12: the fleet changed between counting and confirming: refused, the count updates, retry. */
export const FleetChangedMeanwhile: Story = {
  parameters: { url: '/fleet?location=Warehouse' },
  play: async ({ canvasElement }) => {
    const dialog = await chooseBulkAction(
      canvasElement,
      'Turn Auto Renewal off…',
      'Turn Auto Renewal off',
    );
    const count = WAREHOUSE.length;
    // Another tab adds a sensor to the location while this dialog is open.
    await request(fleetRoutes.addSensors, {
      body: { sensors: [{ serial: 'ABC123', name: 'Dock 99' }], location: 'Warehouse' },
      idempotencyKey: 'another-tab',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: `Turn off for ${count} sensors` }),
    );
    await expect(
      await within(dialog).findByText(
        new RegExp(`now match ${count + 1} sensors, not ${count}: the fleet changed meanwhile`),
      ),
    ).toBeVisible();
    const retry = await within(dialog).findByRole('button', {
      name: `Turn off for ${count + 1} sensors`,
    });
    await userEvent.click(retry);
    await expect(
      await within(dialog).findByText(`Done for ${count + 1} of ${count + 1} sensors.`),
    ).toBeVisible();
  },
};

/** LM-12: nothing matches the search, so there is nothing to act on. */
export const NothingToActOn: Story = {
  parameters: { url: '/fleet?search=no-such-sensor' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('No sensors match');
    await expect(canvas.getByRole('button', { name: 'Bulk actions' })).toBeDisabled();
  },
};

export const AutoRenewalOffOnPhone: Story = onViewport(AutoRenewalOffForALocation, 'phone');
