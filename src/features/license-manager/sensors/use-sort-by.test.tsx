import { http } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { server } from '@mocks/node';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

/** Holds the cloud's answers for one order until released; other answers go through. */
function holdAnswersSortedBy(sort: string) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get('*/api/fleet/sensors/page', async ({ request }) => {
      if (new URL(request.url).searchParams.get('sort') !== sort) return undefined;
      await held;
      return undefined; // the cloud's own handler answers
    }),
  );
  return release;
}

/** The serials of the rows shown, top to bottom. */
const serialsShown = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-serial') ?? '');

const firstSerial = (table: HTMLElement) => serialsShown(table)[0] ?? '';

async function openFleet() {
  const view = renderWithApp(<LicenseManagerPage />, { url: '/fleet' });
  const table = await screen.findByRole('table', { name: 'Sensors', busy: false });
  await waitFor(() => expect(firstSerial(table)).not.toBe(''));
  return { ...view, table };
}

describe('A new order (LM-8, P4)', () => {
  it('keeps the rows while its first page is on the way, marks them busy when it is slow, then shows the new order', async () => {
    const release = holdAnswersSortedBy('sensor');
    const { user, table, location } = await openFleet();
    const before = firstSerial(table);
    await user.click(within(table).getByRole('button', { name: 'Sensor serial number / name' }));

    // Slow: the previous rows stay, marked busy, under the new order's arrow.
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'true'));
    expect(firstSerial(table)).toBe(before);
    expect(
      within(table).getByRole('columnheader', { name: 'Sensor serial number / name' }),
    ).toHaveAttribute('aria-sort', 'ascending');
    expect(location.history.at(-1)).toBe('/fleet?sort=sensor');

    release();
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
    const serials = serialsShown(table);
    expect(serials).toEqual([...serials].sort());
  });

  it('turns the direction on a second click while the first order is still on the way', async () => {
    const release = holdAnswersSortedBy('sensor');
    const { user, table, location } = await openFleet();
    const header = within(table).getByRole('button', { name: 'Sensor serial number / name' });
    await user.click(header);
    await user.click(header);
    release();
    await waitFor(() => expect(location.history.at(-1)).toBe('/fleet?sort=sensor&direction=desc'));
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
    expect(
      within(table).getByRole('columnheader', { name: 'Sensor serial number / name' }),
    ).toHaveAttribute('aria-sort', 'descending');
    const serials = serialsShown(table);
    expect(serials).toEqual([...serials].sort().reverse());
  });
});
