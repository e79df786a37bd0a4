import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { inspect } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

const COLUMNS = ['Segment Controller', 'Install Code', 'Customer ID'];
const LIST_URL = '*/api/cms/segment-controllers';
const SAVE_URL = '*/api/cms/segment-controllers/:id/customer-id';
const UNKNOWN_ID = '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b';

/** The table once loaded (the skeleton has the same name but is aria-busy). */
async function findTable(dialog: HTMLElement) {
  return waitFor(() => {
    const table = within(dialog).getByRole('table', { name: 'Customer accounts' });
    expect(table).not.toHaveAttribute('aria-busy');
    return table;
  });
}

/** Pastes a value into a segment controller's Customer ID field; returns the field and its row. */
async function enterCustomerId(canvasElement: HTMLElement, name: string, value: string) {
  const table = await findTable(await findDialog(canvasElement, /Manage Customer Accounts/));
  const field = within(table).getByRole('textbox', { name: `Customer ID for ${name}` });
  const row = field.closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(value);
  return { field, row: within(row) };
}

function customerIdOf(name: string) {
  const id = inspect().customers.find((customer) => customer.name === name)?.id;
  if (!id) throw new Error(`No customer ${name} in the seed`);
  return id;
}

function savedCustomerIdOf(name: string) {
  return inspect().segmentControllers.find((c) => c.name === name)?.customerId;
}

const meta = {
  title: 'CMS/Manage Licenses/Customer Accounts',
  component: ManageLicensesDialog,
  parameters: { url: '/?manage=customer-accounts' },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three segment controllers: two share a saved Customer ID, Plant Room has none, the garage is offline. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Manage Customer Accounts/);
    const table = await findTable(dialog);
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.map((header) => header.textContent)).toEqual(COLUMNS);
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await expect(within(table).getByText('Offline')).toBeVisible();
    await expect(within(dialog).getByText(/Customer IDs come from the/)).toBeVisible();
  },
};

/** The segment controllers have not answered yet: the table's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get(LIST_URL, () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Manage Customer Accounts/);
    const table = within(dialog).getByRole('table', { name: 'Customer accounts' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
  },
};

/** The segment controllers could not be read: the reason, with Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get(LIST_URL, () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /Manage Customer Accounts/);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Segment controllers could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** SS-21: a changed Customer ID shows Save Changes and Discard Changes; leaving would ask first. */
export const EditingWithUnsavedChange: Story = {
  play: async ({ canvasElement }) => {
    const { row } = await enterCustomerId(
      canvasElement,
      'Plant Room',
      customerIdOf('Harbor Logistics'),
    );
    await expect(row.getByRole('button', { name: 'Save Changes' })).toBeEnabled();
    await expect(row.getByRole('button', { name: 'Discard Changes' })).toBeVisible();
  },
};

/** SS-22: not a UUID, so it is marked inline and cannot be saved. */
export const MalformedValue: Story = {
  play: async ({ canvasElement }) => {
    const { field, row } = await enterCustomerId(canvasElement, 'Plant Room', 'P2022-0208');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(row.getByText(/A Customer ID looks like/)).toBeVisible();
    await expect(row.getByRole('button', { name: 'Save Changes' })).toBeDisabled();
  },
};

/** SS-22: the cloud does not know this Customer ID; its message sits on the field. */
export const UnknownCustomerId: Story = {
  play: async ({ canvasElement }) => {
    const { field, row } = await enterCustomerId(canvasElement, 'Main Hall', UNKNOWN_ID);
    await userEvent.click(row.getByRole('button', { name: 'Save Changes' }));
    await expect(
      await row.findByText('Customer ID not found. Check it in the License Partner Portal.'),
    ).toBeVisible();
    await expect(field).toHaveValue(UNKNOWN_ID);
  },
};

/** SS-22: a License ID pasted by mistake gets a hint where to find the Customer ID. */
export const LicenseIdPasted: Story = {
  play: async ({ canvasElement }) => {
    const licenseId = inspect().licenses[0]?.id ?? '';
    const { field, row } = await enterCustomerId(canvasElement, 'Plant Room', licenseId);
    await userEvent.click(row.getByRole('button', { name: 'Save Changes' }));
    await expect(await row.findByText(/This is a License ID, not a Customer ID/)).toBeVisible();
    await expect(field).toHaveValue(licenseId);
  },
};

/** The save is on its way: Save Changes shows progress and the typed value stays. */
export const Saving: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.put(SAVE_URL, () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const harbor = customerIdOf('Harbor Logistics');
    const { field, row } = await enterCustomerId(canvasElement, 'Plant Room', harbor);
    await userEvent.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(row.getByRole('button', { name: /Save Changes/ })).toBeDisabled());
    await expect(field).toHaveValue(harbor);
  },
};

/** SS-21: saved (trimmed, lower-cased); the buttons go away and the field shows what the cloud stored. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const harbor = customerIdOf('Harbor Logistics');
    const { field, row } = await enterCustomerId(
      canvasElement,
      'Plant Room',
      ` ${harbor.toUpperCase()} `,
    );
    await userEvent.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() =>
      expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument(),
    );
    await expect(row.queryByRole('button', { name: 'Discard Changes' })).not.toBeInTheDocument();
    await expect(field).toHaveValue(harbor);
    await expect(row.getByText('Saved.')).toBeVisible();
    await expect(savedCustomerIdOf('Plant Room')).toBe(harbor);
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
