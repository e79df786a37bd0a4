import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { renderWithApp } from './render';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';

/** The serials of the sensor table's rows, top to bottom ('' for a row still loading). */
export const serialsShown = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-serial') ?? '');

/**
 * The License Manager at /fleet, once its sensor table shows rows. jsdom lays nothing out: the
 * test file gives the scroll box a height (`clientHeight`) so the virtualizer renders rows.
 */
export async function openFleetTable() {
  const view = renderWithApp(<LicenseManagerPage />, { url: '/fleet' });
  const table = await screen.findByRole('table', { name: 'Sensors', busy: false });
  await waitFor(() => expect(serialsShown(table)[0]).toBeTruthy());
  return { ...view, table };
}

/** Waits for the arrow on the serial column and the answer, then checks the rows' order. */
export async function expectSortedBySerial(
  table: HTMLElement,
  direction: 'ascending' | 'descending',
) {
  await waitFor(() =>
    expect(
      within(table).getByRole('columnheader', { name: 'Sensor serial number / name' }),
    ).toHaveAttribute('aria-sort', direction),
  );
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
  const serials = serialsShown(table);
  const ascending = [...serials].sort();
  expect(serials).toEqual(direction === 'ascending' ? ascending : ascending.reverse());
}
