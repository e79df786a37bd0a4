import { http } from 'msw';
import { waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectSortedBySerial, openFleetTable, serialsShown } from '@tests/fleet-table';
import { server } from '@mocks/node';

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

const firstSerial = (table: HTMLElement) => serialsShown(table)[0] ?? '';

describe('A new order (LM-8, P4)', () => {
  it('keeps the rows while its first page is on the way, marks them busy when it is slow, then shows the new order', async () => {
    const release = holdAnswersSortedBy('sensor');
    const { user, table, location } = await openFleetTable();
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
    await expectSortedBySerial(table, 'ascending');
  });

  it('turns the direction on a second click while the first order is still on the way', async () => {
    const release = holdAnswersSortedBy('sensor');
    const { user, table, location } = await openFleetTable();
    const header = within(table).getByRole('button', { name: 'Sensor serial number / name' });
    await user.click(header);
    await user.click(header);
    release();
    await waitFor(() => expect(location.history.at(-1)).toBe('/fleet?sort=sensor&direction=desc'));
    await expectSortedBySerial(table, 'descending');
  });
});

describe('A header the pointer comes over (LM-8, P4)', () => {
  /** Counts the cloud's first pages asked for in one order. */
  function countFirstPagesSortedBy(sort: string, direction: string) {
    const asked = { count: 0 };
    server.use(
      http.get('*/api/fleet/sensors/page', ({ request }) => {
        const params = new URL(request.url).searchParams;
        const first = params.get('offset') === '0';
        if (first && params.get('sort') === sort && params.get('direction') === direction)
          asked.count += 1;
        return undefined; // the cloud's own handler answers
      }),
    );
    return asked;
  }

  it('asks for its order before the click, and the click shows it without asking again', async () => {
    const asked = countFirstPagesSortedBy('sensor', 'asc');
    const { user, table } = await openFleetTable();
    const header = within(table).getByRole('button', { name: 'Sensor serial number / name' });

    await user.hover(header);
    await waitFor(() => expect(asked.count).toBe(1));
    expect(firstSerial(table)).not.toBe('');
    expect(within(table).getByRole('columnheader', { name: /Sensor serial/ })).not.toHaveAttribute(
      'aria-sort',
    );

    await user.click(header);
    await expectSortedBySerial(table, 'ascending');
    expect(asked.count).toBe(1);
  });

  it('turns the arrow for a descending order by a fixed rule, not a class of its own', async () => {
    const { user, table } = await openFleetTable();
    const header = within(table).getByRole('button', { name: 'Expires at' });
    const arrow = () => header.querySelector('.MuiTableSortLabel-icon') ?? header;
    const ascending = arrow().getAttribute('class');
    expect(getComputedStyle(arrow()).transform).toBe('rotate(180deg)');
    // The table starts sorted by expiry, ascending: a click turns it.
    await user.click(header);
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: 'Expires at' })).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    );
    expect(getComputedStyle(arrow()).transform).toBe('rotate(0deg)');
    // A class per direction would add a CSS rule inside the first such click: the browser then
    // restyles the whole page (P4).
    expect(arrow().getAttribute('class')).toBe(ascending);
  });
});
