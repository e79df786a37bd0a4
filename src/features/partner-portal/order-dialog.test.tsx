import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { server } from '@mocks/node';
import { PartnerPortalPage } from './partner-portal-page';

function signInNorthwind() {
  const northwind = inspect().partners.find((p) => p.name === 'Northwind Controls');
  cloud().signInPartner(northwind?.id ?? '');
}

const orderedWith = (purchaseOrder: string) =>
  inspect().licenses.filter((l) => l.purchaseOrder === purchaseOrder);

async function openOrder() {
  signInNorthwind();
  const view = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
  await screen.findByRole('table', { name: 'My Inventory', busy: false });
  await view.user.click(screen.getByRole('button', { name: 'Order licenses' }));
  const dialog = await screen.findByRole('dialog', { name: 'Order licenses' });
  return { ...view, dialog };
}

async function choose(
  user: ReturnType<typeof renderWithApp>['user'],
  dialog: HTMLElement,
  field: string,
  option: string,
) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Order licenses (PP-9)', () => {
  it('orders two 3-year maintenance licenses: they arrive in My Inventory with today’s date', async () => {
    const { user, dialog } = await openOrder();
    await choose(user, dialog, 'License type', 'Maintenance');
    const devices = within(dialog).getByRole('textbox', { name: 'Devices per license' });
    await user.clear(devices);
    await user.type(devices, '1,000');
    await choose(user, dialog, 'Term', '3 years');
    const quantity = within(dialog).getByRole('textbox', { name: 'Number of licenses' });
    await user.clear(quantity);
    await user.type(quantity, '2');
    await user.type(within(dialog).getByRole('textbox', { name: 'Purchase order' }), 'PO-5001');
    await user.click(within(dialog).getByRole('button', { name: 'Order' }));

    expect(
      await screen.findByText('2 licenses ordered with PO-5001: now in My Inventory.'),
    ).toBeVisible();
    expect(orderedWith('PO-5001')).toHaveLength(2);
    for (const license of orderedWith('PO-5001'))
      expect(license).toMatchObject({
        kind: 'maintenance',
        deviceCount: 1000,
        termYears: 3,
        purchaseDate: '2026-11-23',
      });
    const table = await screen.findByRole('table', { name: 'My Inventory', busy: false });
    expect(within(table).getAllByText('PO-5001')).toHaveLength(2);
  });

  it('asks for devices only for capacity and maintenance, and a term only for maintenance', async () => {
    const { user, dialog } = await openOrder();
    expect(within(dialog).getByRole('textbox', { name: 'Devices per license' })).toBeVisible();
    expect(within(dialog).queryByRole('combobox', { name: 'Term' })).toBeNull();
    await choose(user, dialog, 'License type', 'One-time upgrade');
    expect(within(dialog).queryByRole('textbox', { name: 'Devices per license' })).toBeNull();
    expect(within(dialog).queryByRole('combobox', { name: 'Term' })).toBeNull();
  });

  it.each([
    ['0', 'Enter a whole number of devices from 1 to 10,000.'],
    ['10000000', 'Enter a whole number of devices from 1 to 10,000.'],
  ])('refuses %s devices next to the field and orders nothing', async (typed, message) => {
    const before = inspect().licenses.length;
    const { user, dialog } = await openOrder();
    const devices = within(dialog).getByRole('textbox', { name: 'Devices per license' });
    await user.clear(devices);
    await user.type(devices, typed);
    await user.type(within(dialog).getByRole('textbox', { name: 'Purchase order' }), 'PO-5003');
    await user.click(within(dialog).getByRole('button', { name: 'Order' }));

    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(devices).toHaveAttribute('aria-invalid', 'true');
    expect(inspect().licenses).toHaveLength(before);
  });

  it('shows the cloud’s refusal at its field and keeps what was typed', async () => {
    server.use(
      http.post('*/api/partner/orders', () =>
        HttpResponse.json(
          {
            code: 'order_quantity',
            message: 'Order between 1 and 100 licenses at a time.',
            details: {
              max: 100,
              fields: { quantity: 'Order between 1 and 100 licenses at a time.' },
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user, dialog } = await openOrder();
    await user.type(within(dialog).getByRole('textbox', { name: 'Purchase order' }), 'PO-5004');
    await user.click(within(dialog).getByRole('button', { name: 'Order' }));

    expect(
      await within(dialog).findByText('Order between 1 and 100 licenses at a time.'),
    ).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Purchase order' })).toHaveValue('PO-5004');
    expect(orderedWith('PO-5004')).toEqual([]);
  });
});
