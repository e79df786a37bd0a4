import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { a, inspect, the } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { findDialog } from '@tests/play-helpers';

const TABLE = 'Licenses available in the cloud';
const COLUMNS = ['Segment Controller', 'License ID', 'Transfer Date', 'Description'];

/** The table once loaded (the skeleton has the same name but is aria-busy). */
async function findTable(dialog: HTMLElement) {
  return waitFor(() => {
    const table = within(dialog).getByRole('table', { name: TABLE });
    expect(table).not.toHaveAttribute('aria-busy');
    return table;
  });
}

function campusCustomerId() {
  const customer = inspect().customers.find((c) => c.name === 'P2022-0208');
  if (!customer) throw new Error('The seed has no campus customer');
  return customer.id;
}

/** The seed's licenses waiting for Customer ID "P2022-0208" (Main Hall and Parking Garage). */
function campus() {
  const state = inspect();
  const customer = { id: campusCustomerId() };
  const waiting = state.licenses.filter(
    (l) => l.customerId === customer.id && l.activation === null && l.supersededBy === null,
  );
  const id = (kind: string, termYears: number | null) => {
    const found = waiting.find((l) => l.kind === kind && l.termYears === termYears);
    if (!found) throw new Error(`The seed has no waiting ${kind}`);
    return found.id;
  };
  return {
    customerId: customer.id,
    waiting,
    capacity: id('capacity', null),
    oneYear: id('maintenance', 1),
  };
}

const mark = (table: HTMLElement, licenseId: string, segment: string) =>
  within(table).getByRole('checkbox', { name: `Select ${licenseId} for ${segment}` });

async function selectAndActivate(dialog: HTMLElement, targets: [string, string][]) {
  const table = await findTable(dialog);
  for (const [licenseId, segment] of targets)
    await userEvent.click(mark(table, licenseId, segment));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Activate' }));
  return table;
}

const meta = {
  title: 'CMS/Manage Licenses/Download',
  component: ManageLicensesDialog,
  parameters: { url: '/?manage=download' },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SS-30, SS-31: three licenses wait for the Customer ID that Main Hall and Parking Garage saved. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.slice(1).map((h) => h.textContent)).toEqual(COLUMNS);
    await expect(within(table).getAllByRole('row')).toHaveLength(7);
    await expect(within(table).getAllByText('expires 2029-02-28 if activated today')).toHaveLength(
      2,
    );
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeDisabled();
  },
};

/** The cloud has not answered yet: the table's shape, marked busy. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/cloud-licenses', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    await expect(within(dialog).getByRole('table', { name: TABLE })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The licenses in the cloud could not be read: the reason and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/cloud-licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Licenses in the cloud could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** SS-36: nothing waits in the cloud for the saved Customer ID. */
export const Empty: Story = {
  beforeEach() {
    const waiting = campus().waiting.map((l) => l.id);
    the.cloud().withoutLicenses((l) => waiting.includes(l.id));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    await expect(await within(dialog).findByText('No licenses to download')).toBeVisible();
    await expect(dialog).toHaveTextContent(
      `No licenses are available for Customer ID ${campusCustomerId()}.`,
    );
  },
};

/** SS-36: no segment controller has saved a Customer ID, so there is nothing to ask the cloud for. */
export const NoCustomerId: Story = {
  beforeEach() {
    the.cloud().withoutSavedCustomerIds();
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    await expect(
      await within(dialog).findByText('No segment controller has a saved Customer ID'),
    ).toBeVisible();
    await expect(
      within(dialog).getByRole('button', { name: 'Manage Customer Accounts' }),
    ).toBeVisible();
  },
};

/** SS-32: two rows selected: yellow marks, selected rows, and ACTIVATE ready. */
export const Selected: Story = {
  play: async ({ canvasElement }) => {
    const { capacity, oneYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    await userEvent.click(mark(table, capacity, 'Main Hall'));
    await userEvent.click(mark(table, oneYear, 'Main Hall'));
    await expect(within(dialog).getByText('2 selected')).toBeVisible();
    await expect(mark(table, capacity, 'Main Hall')).toBeChecked();
    await expect(
      within(table).getByRole('checkbox', { name: 'Select all licenses' }),
    ).toBePartiallyChecked();
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeEnabled();
  },
};

/** SS-35: warnings before ACTIVATE: coverage would break, one license twice, an offline target. */
export const SelectionWarnings: Story = {
  play: async ({ canvasElement }) => {
    const { capacity } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    await userEvent.click(mark(table, capacity, 'Main Hall'));
    await userEvent.click(mark(table, capacity, 'Parking Garage'));
    const warnings = within(dialog).getByRole('note');
    await expect(warnings).toHaveTextContent('Maintenance covers 150 of 250 devices');
    await expect(warnings).toHaveTextContent('only one of them can activate it');
    await expect(warnings).toHaveTextContent('Parking Garage is offline');
  },
};

/** SS-33: the cloud takes a minute per license; progress per row and overall, the rest usable. */
export const ActivationRunning: Story = {
  beforeEach() {
    the.cloud().activationTakes(60_000);
  },
  play: async ({ canvasElement }) => {
    const { capacity, oneYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await selectAndActivate(dialog, [
      [capacity, 'Main Hall'],
      [oneYear, 'Main Hall'],
    ]);
    await expect(
      await within(dialog).findByRole('progressbar', { name: 'Activating 1 of 2…' }),
    ).toBeVisible();
    await waitFor(() => expect(within(table).getByText('Activating…')).toBeVisible());
    await expect(within(table).getByText('Pending')).toBeVisible();
  },
};

/** SS-34, SS-35: one license activated, one refused because its segment controller is offline. */
export const PartialFailure: Story = {
  play: async ({ canvasElement }) => {
    const { capacity, oneYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await selectAndActivate(dialog, [
      [capacity, 'Main Hall'],
      [oneYear, 'Parking Garage'],
    ]);
    await expect(await within(dialog).findByRole('status')).toHaveTextContent(
      '1 of 2 licenses activated',
    );
    await expect(
      within(table).getByText(/Parking Garage is offline and cannot reach the cloud/),
    ).toBeVisible();
    await expect(mark(table, oneYear, 'Parking Garage')).toBeChecked();
  },
};

const EXTRA_LICENSES = 100;

/** 100 more licenses for the campus, each downloadable by two segment controllers: 206 rows. */
export const ManyLicenses: Story = {
  beforeEach() {
    const { waiting } = campus();
    for (let i = 0; i < EXTRA_LICENSES; i += 1) {
      const source = waiting[i % waiting.length];
      if (!source) continue;
      a.license()
        .like(source)
        .withId(`00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`)
        .purchaseOrder(`PO-BULK-${i + 1}`)
        .add();
    }
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    const rows = 2 * (3 + EXTRA_LICENSES);
    await expect(within(table).getAllByRole('row')).toHaveLength(rows + 1);
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all licenses' }));
    await expect(within(dialog).getByText(`${rows} selected`)).toBeVisible();
    await expect(within(table).getAllByRole('checkbox', { checked: true })).toHaveLength(rows + 1);
  },
};
