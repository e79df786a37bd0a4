import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { resetCloud } from '@mocks/cloud/instance';
import { server } from '@mocks/node';
import { ManageLicensesDialog } from './manage-licenses-dialog';

const OPEN = '/?manage=licenses';

async function openTable() {
  const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
  const table = await within(dialog).findByRole('table', {
    name: 'Activated licenses',
    busy: false,
  });
  return { dialog, table };
}

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

describe('Manage Licenses: the licensed list', () => {
  it('shows the exact columns and every activated license with description and status (SS-4…SS-6)', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Segment Controller',
      'Description',
      'Status',
      'Activation Date',
      'License ID',
      'Note',
    ]);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(9);
    expect(rows[0]?.slice(0, 4)).toEqual([
      'Main Hall',
      '100-device capacity',
      'Active',
      '2025-02-10',
    ]);
    expect(rows).toContainEqual(
      expect.arrayContaining([
        'Plant Room',
        '1-year maintenance (25 devices)',
        'Expiring 2026-12-14',
      ]),
    );
    expect(rows).toContainEqual(
      expect.arrayContaining([
        'Parking Garage',
        '1-year maintenance (20 devices)',
        'Expired 2026-05-19',
      ]),
    );
    expect(rows).toContainEqual(
      expect.arrayContaining(['Plant Room', 'SmartServer Core', 'Active']),
    );
    expect(rows).toContainEqual(expect.arrayContaining(['Renew with PO-2102 follow-up']));
  });

  it('shows each License ID in full with a copy button', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openTable();
    const copyButtons = within(table).getAllByRole('button', {
      name: /^Copy License ID [0-9a-f-]{36}$/,
    });
    expect(copyButtons).toHaveLength(9);
  });

  it('narrows the list to one segment controller and keeps the choice in the URL (SS-9)', async () => {
    const { user, location } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openTable();
    await user.click(within(dialog).getByRole('combobox', { name: 'Segment controller' }));
    await user.click(await screen.findByRole('option', { name: 'Plant Room' }));
    const rows = bodyRows(table);
    expect(rows.map((r) => r[0])).toEqual(['Plant Room', 'Plant Room', 'Plant Room']);
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 licenses on Plant Room');
    expect(location.history.at(-1)).toMatch(/[?&]segment=[0-9a-f-]{36}/);
  });

  it('sorts by any column, both ways, and keeps the sort in the URL (SS-9)', async () => {
    const { user, location } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openTable();
    await user.click(within(table).getByRole('button', { name: 'Status' }));
    expect(bodyRows(table)[0]?.[2]).toBe('Expired 2026-05-19');
    expect(bodyRows(table)[1]?.[2]).toBe('Expiring 2026-12-14');
    expect(location.history.at(-1)).toContain('sort=status&dir=asc');
    await user.click(within(table).getByRole('button', { name: 'Status' }));
    expect(bodyRows(table).at(-1)?.[2]).toBe('Expired 2026-05-19');
    await user.click(within(table).getByRole('button', { name: 'Activation Date' }));
    const dates = bodyRows(table).map((r) => r[3] ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  it('opens already filtered and sorted from a deep link', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: `${OPEN}&sort=activationDate&dir=desc` });
    const { table } = await openTable();
    expect(bodyRows(table)[0]?.[3]).toBe('2026-04-20');
  });

  it('shows a busy skeleton while loading', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    expect(within(dialog).getByRole('table', { name: 'Activated licenses' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await openTable();
    expect(within(dialog).getByRole('table')).not.toHaveAttribute('aria-busy');
  });

  it('says no licenses are activated on a fresh install (SS-10)', async () => {
    resetCloud('fresh-install');
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    expect(await within(dialog).findByText('No licenses activated')).toBeVisible();
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with Retry, and the rows once a retry succeeds', async () => {
    server.use(
      http.get(
        '*/api/cms/licenses',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Licenses could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const { table } = await openTable();
    expect(bodyRows(table)).toHaveLength(9);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the cloud cannot be reached when it is unreachable', async () => {
    resetCloud('cloud-unreachable');
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
  });

  it('Close dismisses the dialog and clears its URL state', async () => {
    const { user, location } = renderWithApp(<ManageLicensesDialog />, {
      url: `${OPEN}&sort=note`,
    });
    const { dialog } = await openTable();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(location.history.at(-1)).toBe('/');
  });

  it('moves focus to the start of the new view when a toolbar action or Back changes it', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openTable();
    within(dialog).getByRole('button', { name: 'Download Licenses from the Cloud' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(
        within(dialog).getByRole('group', { name: 'Download Licenses from the Cloud' }),
      ).toHaveFocus(),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('group', { name: 'Manage Licenses' })).toHaveFocus(),
    );
  });
});
