import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { fleetBulk } from '@mocks/cloud/commands';
import { server } from '@mocks/node';
import { inspect } from '@tests/builders';
import { renderWithApp } from '@tests/render';
import { fleetBulkRoutes } from '@/api/contract/fleet-bulk';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

const bodySchema = fleetBulkRoutes.run.body;

describe('Bulk actions (LM-12)', () => {
  it('sends one Idempotency-Key per command: a retry after a lost answer acts once', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(
        '*/api/fleet/bulk',
        async ({ request }) => {
          const key = request.headers.get('Idempotency-Key');
          keys.push(key);
          await cloud().run(fleetBulk.runBulkCommand, bodySchema.parse(await request.json()), key);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user } = renderWithApp(<LicenseManagerPage />, { url: '/fleet?location=Warehouse' });
    await screen.findByRole('table', { name: 'Sensors', busy: false });
    await user.click(screen.getByRole('button', { name: 'Bulk actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Assign licenses…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign licenses' });
    const inWarehouse = inspect().fleet.sensors.filter((s) => s.location === 'Warehouse');
    const pool = inspect().fleet.pool.length;
    // The typical site's pool (5) cannot serve the whole location: said before sending.
    const confirm = within(dialog).getByRole('button', {
      name: `Assign to ${inWarehouse.length} sensors`,
    });
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByText(/Choose fewer sensors/)).toBeVisible();

    // Two ticked rows fit the pool.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const boxes = within(screen.getByRole('table', { name: 'Sensors' })).getAllByRole('checkbox');
    await user.click(boxes[0] ?? document.body);
    await user.click(boxes[1] ?? document.body);
    await user.click(screen.getByRole('button', { name: 'Bulk actions' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Assign licenses…' }));
    const again = await screen.findByRole('dialog', { name: 'Assign licenses' });
    const assign = within(again).getByRole('button', { name: 'Assign to 2 sensors' });
    await user.click(assign);
    expect(await within(again).findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
    expect(within(again).getByRole('radio', { name: 'The 2 selected sensors' })).toBeChecked();
    await user.click(assign);
    expect(await within(again).findByText('Done for 2 of 2 sensors.')).toBeVisible();
    expect(inspect().fleet.pool).toHaveLength(pool - 2);
    expect(keys).toHaveLength(1);
  });
});
