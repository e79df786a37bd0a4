import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { a, inspect } from '@tests/builders';
import { ManageLicensesDialog } from './manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

const COLUMNS = [
  'Segment Controller',
  'Description',
  'Status',
  'Activation Date',
  'License ID',
  'Note',
];
const STATUS_COLUMN = COLUMNS.indexOf('Status');
const EXPIRED = 'Expired 2026-05-19';

/** The license list once loaded (the skeleton has the same name but is aria-busy). */
async function findLicenseTable(dialog: HTMLElement) {
  return waitFor(() => {
    const table = within(dialog).getByRole('table', { name: 'Activated licenses' });
    expect(table).not.toHaveAttribute('aria-busy');
    return table;
  });
}

/** The body rows of the list, without the header row. */
function licenseRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

function cellText(row: HTMLElement | undefined, column: number) {
  if (!row) throw new Error('No such row');
  return within(row).getAllByRole('cell')[column]?.textContent ?? '';
}

const meta = {
  title: 'CMS/Manage Licenses/Dialog',
  component: ManageLicensesDialog,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    role: cloudArgTypes.role,
    latencyMs: cloudArgTypes.latencyMs,
  },
  parameters: { url: '/?manage=licenses' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The typical site: nine licenses on three segment controllers, in every status. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const table = await findLicenseTable(dialog);
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.map((header) => header.textContent)).toEqual(COLUMNS);
    await expect(licenseRows(table)).toHaveLength(9);
    await expect(within(table).getByText('Expiring 2026-12-14')).toBeVisible();
    await expect(within(table).getByText(EXPIRED)).toBeVisible();
  },
};

/** The license list has not answered yet: the table's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/licenses', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const table = within(dialog).getByRole('table', { name: 'Activated licenses' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
  },
};

/** A fresh install: no license activated on any segment controller yet (SS-10). */
export const Empty: Story = {
  args: { scenario: 'fresh-install' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    await expect(await within(dialog).findByText('No licenses activated')).toBeVisible();
  },
};

/** No answer from the licensing cloud at all, not even for the session: the dialog says so. */
export const CloudUnreachable: Story = {
  args: { scenario: 'cloud-unreachable' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/**
 * The cloud stopped answering after the Owner signed in: the session is known, the license reads
 * fail as if there were no network.
 */
export const CloudLostAfterSignIn: Story = {
  args: { scenario: 'cloud-unreachable' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/session', () => HttpResponse.json(cloud().session())));
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Licenses could not be loaded');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** The license list answers 500 with the cloud's error body. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Licenses could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    // Busy while the other reads of the view are still in flight, then ready.
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** SS-9: the list narrowed to one segment controller. */
export const FilteredBySegment: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    await findLicenseTable(dialog);
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Segment controller' }));
    await userEvent.click(await body.findByRole('option', { name: 'Plant Room' }));
    await expect(within(dialog).getByRole('status')).toHaveTextContent('3 licenses on Plant Room');
    const rows = licenseRows(await findLicenseTable(dialog));
    await expect(rows).toHaveLength(3);
    for (const row of rows) await expect(cellText(row, 0)).toBe('Plant Room');
  },
};

/** SS-9: sorted by status, expired first; a second click reverses the order. */
export const SortedByStatus: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const table = await findLicenseTable(dialog);
    const statusHeader = within(table).getByRole('button', { name: 'Status' });

    await userEvent.click(statusHeader);
    await waitFor(() => expect(cellText(licenseRows(table)[0], STATUS_COLUMN)).toBe(EXPIRED));
    await expect(within(table).getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    await userEvent.click(statusHeader);
    await waitFor(() => expect(cellText(licenseRows(table).at(-1), STATUS_COLUMN)).toBe(EXPIRED));
    await expect(within(table).getByRole('columnheader', { name: 'Status' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  },
};

const EXTRA_LICENSES = 200;

/** A large site: 209 licenses, still listed and sortable. */
export const ManyLicenses: Story = {
  beforeEach() {
    // Copies of the seed's activated licenses under new, deterministic (version-4 shaped) IDs.
    const { licenses } = inspect();
    const activated = licenses.filter((license) => license.activation !== null);
    for (let i = 0; i < EXTRA_LICENSES; i += 1) {
      const source = activated[i % activated.length];
      if (!source?.activation?.segmentControllerId) continue;
      const { segmentControllerId, activationDate } = source.activation;
      a.license()
        .like(source)
        .withId(`00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`)
        .activatedOn({ id: segmentControllerId }, activationDate, `Bulk import ${i + 1}`)
        .add();
    }
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const table = await findLicenseTable(dialog);
    await expect(licenseRows(table)).toHaveLength(9 + EXTRA_LICENSES);

    const statusHeader = within(table).getByRole('button', { name: 'Status' });
    await userEvent.click(statusHeader);
    await waitFor(() => expect(cellText(licenseRows(table)[0], STATUS_COLUMN)).toBe(EXPIRED));
    await userEvent.click(statusHeader);
    await waitFor(() => expect(cellText(licenseRows(table).at(-1), STATUS_COLUMN)).toBe(EXPIRED));
  },
};

/** SS-7 with the keyboard: the note button shows a focus ring; Enter saves and focus comes back. */
export const NoteWithTheKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    const table = await findLicenseTable(dialog);
    const [addNote] = within(table).getAllByRole('button', { name: /^Add a note to license/ });
    if (!addNote) throw new Error('No license without a note');
    addNote.focus();
    await userEvent.keyboard('{Enter}');
    const field = within(table).getByRole('textbox', { name: /^Note for license/ });
    await userEvent.type(field, 'Cabinet 7{Enter}');
    const saved = await within(table).findByRole('button', { name: 'Edit note: Cabinet 7' });
    await expect(saved).toHaveFocus();
    await expect(getComputedStyle(saved).outlineStyle).toBe('solid');
  },
};

/** A toolbar action changes the view: focus moves to the start of the new one, not the page. */
export const FocusFollowsTheView: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Manage Licenses');
    await findLicenseTable(dialog);
    within(dialog).getByRole('button', { name: 'Manage Customer Accounts' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(dialog).getByRole('group', { name: 'Manage Customer Accounts' })).toHaveFocus(),
    );
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
