import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { resetCloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { server } from '@mocks/node';
import { CmsDashboardPage } from '@/features/manage-licenses/cms-dashboard-page';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { enterText } from '@tests/enter-text';

const OPEN = '/?manage=customer-accounts';
const SAVE_URL = '*/api/cms/segment-controllers/:id/customer-id';
const NOT_FOUND = 'Customer ID not found. Check it in the License Partner Portal.';
const UNKNOWN_ID = '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b';

function seedController(name: string) {
  const controller = inspect().segmentControllers.find((c) => c.name === name);
  if (!controller) throw new Error(`No segment controller ${name} in the seed`);
  return controller;
}

function customerId(name: string) {
  const customer = inspect().customers.find((c) => c.name === name);
  if (!customer) throw new Error(`No customer ${name} in the seed`);
  return customer.id;
}

function renderView() {
  return renderWithApp(<ManageLicensesDialog />, { url: OPEN });
}

async function openTable() {
  const dialog = await screen.findByRole('dialog', {
    name: /Manage Customer Accounts/,
  });
  const table = await within(dialog).findByRole('table', {
    name: 'Customer accounts',
    busy: false,
  });
  return { dialog, table };
}

/** A row's Customer ID field and the row it sits in, found by the segment controller's name. */
async function customerIdRow(name: string) {
  const { table } = await openTable();
  const field = within(table).getByRole('textbox', { name: `Customer ID for ${name}` });
  const row = field.closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return { field, row: within(row) };
}

describe('Manage Customer Accounts (SS-20 … SS-23)', () => {
  it('lists each segment controller with its install code and saved Customer ID', async () => {
    renderView();
    const { dialog, table } = await openTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Segment Controller', 'Install Code', 'Customer ID']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const campus = customerId('P2022-0208');
    const expected = [
      ['Main Hall', campus],
      ['Plant Room', ''],
      ['Parking Garage', campus],
    ] as const;
    expected.forEach(([name, saved], index) => {
      const row = within(rows[index] ?? document.createElement('tr'));
      const cells = row.getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(name);
      expect(cells[1]).toHaveTextContent(seedController(name).installCode);
      expect(
        row.getByRole('button', { name: `Copy Install Code ${seedController(name).installCode}` }),
      ).toBeVisible();
      expect(row.getByRole('textbox', { name: `Customer ID for ${name}` })).toHaveValue(saved);
    });
    expect(within(rows[2] ?? dialog).getByText('Offline')).toBeVisible();
    expect(within(rows[0] ?? dialog).queryByText('Offline')).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent(
      /Customer IDs come from the License Partner Portal.*The License Customer Portal is where a customer signs in with a License ID \(EID\)/,
    );
    expect(within(table).queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument();
  });

  it('shows a busy skeleton with the same columns while loading', async () => {
    renderView();
    const dialog = await screen.findByRole('dialog');
    const skeleton = within(dialog).getByRole('table', { name: 'Customer accounts' });
    expect(skeleton).toHaveAttribute('aria-busy', 'true');
    expect(
      within(skeleton)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Segment Controller', 'Install Code', 'Customer ID']);
    await openTable();
  });

  it('shows an error with Retry, and the rows once a retry succeeds', async () => {
    server.use(
      http.get(
        '*/api/cms/segment-controllers',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderView();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Segment controllers could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const { table } = await openTable();
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('shows Save Changes and Discard Changes once a Customer ID changes; Discard restores it', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Main Hall');
    const saved = customerId('P2022-0208');
    await user.clear(field);
    await enterText(user, field, customerId('Harbor Logistics'));
    expect(row.getByRole('button', { name: 'Save Changes' })).toBeEnabled();
    await user.click(row.getByRole('button', { name: 'Discard Changes' }));
    expect(field).toHaveValue(saved);
    expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument();
    expect(row.queryByRole('button', { name: 'Discard Changes' })).not.toBeInTheDocument();
    expect(seedController('Main Hall').customerId).toBe(saved);
  });

  it('saves a valid Customer ID, and the buttons go away', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    const harbor = customerId('Harbor Logistics');
    await enterText(user, field, harbor);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() =>
      expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument(),
    );
    expect(seedController('Plant Room').customerId).toBe(harbor);
    expect(field).toHaveValue(harbor);
    expect(row.getByText('Saved.')).toBeVisible();
    expect(row.queryByRole('button', { name: 'Discard Changes' })).not.toBeInTheDocument();
  });

  it('saves on Enter, trimmed and lower-cased', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    const harbor = customerId('Harbor Logistics');
    await enterText(user, field, `  ${harbor.toUpperCase()}  {Enter}`);
    await waitFor(() => expect(field).toHaveValue(harbor));
    expect(seedController('Plant Room').customerId).toBe(harbor);
    expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument();
  });

  it('keeps the typed value and shows Save loading while saving', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    server.use(
      http.put(
        SAVE_URL,
        async () => {
          await answered;
          return undefined;
        },
        { once: true },
      ),
    );
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    const harbor = customerId('Harbor Logistics');
    await enterText(user, field, harbor);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    expect(row.getByRole('button', { name: /Save Changes/ })).toBeDisabled();
    expect(row.getByRole('button', { name: 'Discard Changes' })).toBeDisabled();
    expect(field).toHaveValue(harbor);
    expect(field).toHaveAttribute('readonly');
    answer();
    await waitFor(() =>
      expect(row.queryByRole('button', { name: /Save Changes/ })).not.toBeInTheDocument(),
    );
    expect(seedController('Plant Room').customerId).toBe(harbor);
  });

  it('marks a malformed value inline and cannot save it', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    await enterText(user, field, 'not-a-customer-id{Enter}');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'A Customer ID looks like 2133c667-af41-4518-94df-a2bb3b775330.',
    );
    expect(row.getByRole('button', { name: 'Save Changes' })).toBeDisabled();
    expect(seedController('Plant Room').customerId).toBeNull();
  });

  it('says when a License ID was pasted instead of a Customer ID', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    const licenseId = inspect().licenses[0]?.id ?? '';
    await enterText(user, field, licenseId);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'This is a License ID, not a Customer ID. Find the Customer ID in the License Partner Portal.',
      ),
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue(licenseId);
    expect(seedController('Plant Room').customerId).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the cloud’s refusal of an unknown Customer ID on the field and keeps what was typed', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Main Hall');
    await user.clear(field);
    await enterText(user, field, UNKNOWN_ID);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(NOT_FOUND));
    expect(field).toHaveValue(UNKNOWN_ID);
    expect(seedController('Main Hall').customerId).toBe(customerId('P2022-0208'));
    // The refusal can be retried (e.g. once the partner has created the account).
    expect(row.getByRole('button', { name: 'Save Changes' })).toBeEnabled();
  });

  it('shows a failed save inline, keeps the value, and saves on a second try', async () => {
    server.use(
      http.put(
        SAVE_URL,
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    const harbor = customerId('Harbor Logistics');
    await enterText(user, field, harbor);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        'The licensing cloud had a problem (Database unavailable). Try again.',
      ),
    );
    expect(field).toHaveValue(harbor);
    expect(seedController('Plant Room').customerId).toBeNull();
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(seedController('Plant Room').customerId).toBe(harbor));
    await waitFor(() =>
      expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument(),
    );
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('clears a saved Customer ID when an empty value is saved', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Main Hall');
    await user.clear(field);
    expect(field).toHaveAccessibleDescription('Saving an empty value clears the Customer ID.');
    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(seedController('Main Hall').customerId).toBeNull());
    await waitFor(() =>
      expect(row.queryByRole('button', { name: 'Save Changes' })).not.toBeInTheDocument(),
    );
    expect(field).toHaveValue('');
  });

  it('edits an offline segment controller’s Customer ID too', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Parking Garage');
    const harbor = customerId('Harbor Logistics');
    await user.clear(field);
    await user.type(field, `${harbor}{Enter}`);
    await waitFor(() => expect(seedController('Parking Garage').customerId).toBe(harbor));
    expect(row.getByText('Offline')).toBeVisible();
  });

  it('discards an edit on Escape and keeps the dialog open', async () => {
    const { user } = renderView();
    const { field, row } = await customerIdRow('Plant Room');
    await enterText(user, field, 'abc');
    await user.keyboard('{Escape}');
    expect(field).toHaveValue('');
    expect(row.queryByRole('button', { name: 'Discard Changes' })).not.toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeVisible();
  });

  it('asks before BACK drops an unsaved edit', async () => {
    const { user, location } = renderView();
    const { dialog } = await openTable();
    const { field } = await customerIdRow('Plant Room');
    await enterText(user, field, 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const confirm = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(field).toHaveValue('abc');
    expect(location.history.at(-1)).toBe(OPEN);

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const again = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=licenses'));
    expect(await screen.findByRole('table', { name: 'Activated licenses' })).toBeInTheDocument();
    expect(seedController('Plant Room').customerId).toBeNull();
  });

  it('goes BACK without asking when nothing changed', async () => {
    const { user, location } = renderView();
    const { dialog } = await openTable();
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/?manage=licenses'));
    expect(screen.queryByRole('dialog', { name: 'Discard unsaved changes?' })).toBeNull();
  });

  it('is never shown to a user who is not the Owner (SS-1)', async () => {
    resetCloud().signInAs('Admin');
    renderWithApp(<CmsDashboardPage />, { url: OPEN });
    expect(await screen.findByText(/only the Owner can manage licenses/)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Customer ID/ })).not.toBeInTheDocument();
  });
});
