import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { a, inspect, the } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

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
    threeYear: id('maintenance', 3),
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

/**
 * SS-30, SS-31, SS-76: three licenses wait for the Customer ID that Main Hall and Parking Garage
 * saved, each listed once; Parking Garage is offline, so each goes to Main Hall.
 */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { capacity } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.slice(1).map((h) => h.textContent)).toEqual(COLUMNS);
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await expect(within(table).getByText('expires 2029-02-28 if activated today')).toBeVisible();
    await expect(mark(table, capacity, 'Main Hall')).toHaveAccessibleDescription(
      'Parking Garage is offline: it cannot receive licenses until it reaches the cloud.',
    );
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeDisabled();
  },
};

/** The cloud has not answered yet: the table's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
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

/** SS-12, SS-35: a warning before ACTIVATE when coverage would break, without blocking it. */
export const SelectionWarnings: Story = {
  play: async ({ canvasElement }) => {
    const { capacity } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    await userEvent.click(mark(table, capacity, 'Main Hall'));
    const warnings = within(dialog).getByRole('note');
    await expect(warnings).toHaveTextContent(
      'After activation on Main Hall: Maintenance covers 150 of 250 devices; 100 more needed.',
    );
    await expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeEnabled();
  },
};

/** SS-76: both controllers online: each license offers both; the result says where each went. */
export const ChooseSegmentController: Story = {
  beforeEach() {
    the.segmentController('Parking Garage').online();
  },
  play: async ({ canvasElement }) => {
    const { capacity, oneYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    await userEvent.selectOptions(
      within(table).getByRole('combobox', { name: `Segment controller for ${capacity}` }),
      'Parking Garage',
    );
    await selectAndActivate(dialog, [
      [capacity, 'Parking Garage'],
      [oneYear, 'Main Hall'],
    ]);
    const result = await within(dialog).findByRole('status');
    await waitFor(() => expect(result).toHaveTextContent('2 of 2 licenses activated'));
    await expect(result).toHaveTextContent(`Activated on Parking Garage: ${capacity}`);
    await expect(result).toHaveTextContent(`Activated on Main Hall: ${oneYear}`);
  },
};

/** SS-76: every controller that saved the Customer ID is offline: nothing can be chosen, and why. */
export const AllOffline: Story = {
  beforeEach() {
    the.segmentController('Main Hall').offline();
  },
  play: async ({ canvasElement }) => {
    const { capacity } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    const blocked = within(table).getByRole('checkbox', { name: `Select ${capacity}` });
    await expect(blocked).toBeDisabled();
    await expect(blocked).toHaveAccessibleDescription(
      /^Main Hall and Parking Garage are offline and cannot reach the cloud/,
    );
    await expect(
      within(table).getByRole('checkbox', { name: 'Select all licenses' }),
    ).toBeDisabled();
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

/**
 * SS-34, SS-35: one license activated, one refused because Parking Garage went offline after the
 * list was shown; the failed row keeps its reason and its selection.
 */
export const PartialFailure: Story = {
  beforeEach() {
    the.segmentController('Parking Garage').online();
  },
  play: async ({ canvasElement }) => {
    const { capacity, oneYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    await userEvent.selectOptions(
      within(table).getByRole('combobox', { name: `Segment controller for ${oneYear}` }),
      'Parking Garage',
    );
    the.segmentController('Parking Garage').offline();
    await selectAndActivate(dialog, [
      [capacity, 'Main Hall'],
      [oneYear, 'Parking Garage'],
    ]);
    const result = await within(dialog).findByRole('status');
    await waitFor(() => expect(result).toHaveTextContent('1 of 2 licenses activated'));
    await expect(
      within(table).getByText(/Parking Garage is offline and cannot reach the cloud/),
    ).toBeVisible();
    await expect(mark(table, oneYear, 'Parking Garage')).toBeChecked();
  },
};

/** After ACTIVATE with the keyboard, focus moves to the progress, which becomes the result. */
export const FocusAfterActivate: Story = {
  play: async ({ canvasElement }) => {
    const { threeYear } = campus();
    const dialog = await findDialog(canvasElement, /Download Licenses from the Cloud/);
    const table = await findTable(dialog);
    mark(table, threeYear, 'Main Hall').focus();
    await userEvent.keyboard(' ');
    within(dialog).getByRole('button', { name: 'Activate' }).focus();
    await userEvent.keyboard('{Enter}');
    const result = await within(dialog).findByRole('status');
    await waitFor(() => expect(result).toHaveFocus());
    await waitFor(() => expect(result).toHaveTextContent('1 of 1 license activated'));
    await expect(result).toHaveFocus();
  },
};

const EXTRA_LICENSES = 100;

/** 100 more licenses for the campus: 103 rows, each once; Select all picks every one. */
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
    const rows = 3 + EXTRA_LICENSES;
    await expect(within(table).getAllByRole('row')).toHaveLength(rows + 1);
    await userEvent.click(within(table).getByRole('checkbox', { name: 'Select all licenses' }));
    await expect(within(dialog).getByText(`${rows} selected`)).toBeVisible();
    await expect(within(table).getAllByRole('checkbox', { checked: true })).toHaveLength(rows + 1);
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
