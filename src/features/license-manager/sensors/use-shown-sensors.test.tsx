import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enterText } from '@tests/enter-text';
import { expectSortedBySerial, openFleetTable, serialsShown } from '@tests/fleet-table';
import { server } from '@mocks/node';

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

/** The cloud cannot answer pages matching `refused` until `answerAgain()`. */
function refusePagesWhere(refused: (params: URLSearchParams) => boolean) {
  const refusing = { now: true };
  server.use(
    http.get('*/api/fleet/sensors/page', ({ request }) => {
      if (!refusing.now || !refused(new URL(request.url).searchParams)) return undefined;
      return HttpResponse.json(
        { code: 'UNAVAILABLE', message: 'The cloud is unavailable.' },
        { status: 503 },
      );
    }),
  );
  return { answerAgain: () => void (refusing.now = false) };
}

async function openFleet() {
  const view = await openFleetTable();
  const chips = await screen.findByRole('group', { name: 'Filter by status' });
  const countLine = screen.getByText(/^[\d,]+ of [\d,]+ sensors$/);
  return { ...view, chips, countLine };
}

describe('A new order or search the cloud cannot answer (R2, LM-8)', () => {
  it('keeps the rows, their order, counts and chips under the error, and Retry shows the new order', async () => {
    const cloud = refusePagesWhere((params) => params.get('sort') === 'sensor');
    const { user, table, chips, countLine, location } = await openFleet();
    const before = serialsShown(table);
    const counted = countLine.textContent;
    const chipsBefore = chips.textContent;

    await user.click(within(table).getByRole('button', { name: 'Sensor serial number / name' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Showing the sensors as last loaded.');
    expect(table).toBeInTheDocument();
    expect(serialsShown(table)).toEqual(before);
    expect(table).toHaveAttribute('aria-busy', 'false');
    // The header shows the order the rows are in; the address keeps the one asked for.
    expect(within(table).getByRole('columnheader', { name: 'Expires at' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(location.history.at(-1)).toBe('/fleet?sort=sensor');
    expect(screen.getByRole('group', { name: 'Filter by status' }).textContent).toBe(chipsBefore);
    expect(screen.getByText(/^[\d,]+ of [\d,]+ sensors$/).textContent).toBe(counted);

    cloud.answerAgain();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectSortedBySerial(table, 'ascending');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the rows and the typed search when a search fails', async () => {
    refusePagesWhere((params) => (params.get('search') ?? '') !== '');
    const { user, table } = await openFleet();
    const before = serialsShown(table);
    const box = screen.getByRole('searchbox', { name: 'Search serial number or name' });

    await enterText(user, box, 'Warehouse');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Showing the sensors as last loaded.',
    );
    expect(table).toBeInTheDocument();
    expect(serialsShown(table)).toEqual(before);
    expect(box).toHaveValue('Warehouse');
  });
});
