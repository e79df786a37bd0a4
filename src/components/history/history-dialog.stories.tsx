import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { found } from '@tests/builders';
import { findDialog, onViewport } from '@tests/play-helpers';
import { HistoryDialog } from './lazy-history-dialog';
import { LicenseIdWithHistory } from './license-id-with-history';

/** The first license activated in the story's cloud: its History is the one these stories open. */
const firstLicense = () => found(cloud().listActivatedLicenses()[0], 'activated license').licenseId;

/** The Owner notes the license; then a User tries to, and is refused (Owner only). */
function noteAndRefusal() {
  const model = cloud();
  model.updateNote(firstLicense(), 'Rack 3, panel B');
  model.signInAs('User');
  expect(() => model.updateNote(firstLicense(), 'Moved')).toThrow('Only the Owner');
  model.signInAs('Owner');
}

/** A License ID with its History button, and the History the button opens (as every license row has). */
function LicenseRow() {
  const licenseId = firstLicense();
  return (
    <>
      <LicenseIdWithHistory licenseId={licenseId} label="License ID" />
      <HistoryDialog licenseApp="cms" />
    </>
  );
}

const meta = {
  title: 'Components/License History',
  component: LicenseRow,
} satisfies Meta<typeof LicenseRow>;

export default meta;
type Story = StoryObj<typeof meta>;

async function openHistory(canvasElement: HTMLElement) {
  const licenseId = firstLicense();
  await userEvent.click(
    within(canvasElement).getByRole('button', { name: `History of license ${licenseId}` }),
  );
  return findDialog(canvasElement, `History of license ${licenseId}`);
}

async function eventRows(dialog: HTMLElement) {
  const table = await waitFor(() => {
    const events = within(dialog).getByRole('table', { name: 'Events' });
    expect(events).not.toHaveAttribute('aria-busy');
    return events;
  });
  return within(table).getAllByRole('row').slice(1);
}

/** AU-1: the purchase, the Owner's note (before → after) and a User's refused attempt, with why. */
export const Loaded: Story = {
  beforeEach: noteAndRefusal,
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    const rows = await eventRows(dialog);
    await expect(rows).toHaveLength(3);
    await expect(rows[0]).toHaveTextContent(/Purchased with PO-/);
    await expect(rows[1]).toHaveTextContent('Note: — → Rack 3, panel B');
    await expect(rows[2]).toHaveTextContent(
      'Refused: Only the Owner can manage licenses; you are signed in as User.',
    );
    await expect(within(dialog).getByRole('status')).toHaveTextContent('3 events');
  },
};

/** The filters leave nothing: the History says so and offers to clear them; nothing to export. */
export const NoMatch: Story = {
  beforeEach: noteAndRefusal,
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await eventRows(dialog);
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Event' }));
    const options = within(canvasElement.ownerDocument.body).getByRole('listbox');
    await userEvent.click(within(options).getByRole('option', { name: 'Purchased' }));
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Who' }));
    const people = within(canvasElement.ownerDocument.body).getByRole('listbox');
    await userEvent.click(within(people).getByRole('option', { name: 'Tom Becker' }));
    await expect(within(dialog).getByText('No event matches these filters.')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  },
};

/** Until the cloud answers: the table's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/licenses/:id/history', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    const table = within(dialog).getByRole('table', { name: 'Events' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
  },
};

/** The cloud fails: what went wrong, and Retry. */
export const LoadFailed: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/licenses/:id/history', () =>
        HttpResponse.json({ code: 'internal', message: 'Down' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await openHistory(canvasElement);
    await expect(await within(dialog).findByText('The history could not be loaded')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const LoadedOnPhone: Story = onViewport(Loaded, 'phone');
