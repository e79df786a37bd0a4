import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { createCustomerBodySchema, partnerTransferBodySchema } from '@/api/contract/partner-portal';
import { PartnerPortalPage } from './partner-portal-page';
import { enterText } from '@tests/enter-text';

const INSTALL_CODE = 'ABCDE-FGHIJ-KLMNO-PQRST-UVW23';

function signInNorthwind() {
  const northwind = inspect().partners.find((p) => p.name === 'Northwind Controls');
  cloud().signInPartner(northwind?.id ?? '');
}

async function findTable(name: string) {
  return screen.findByRole('table', { name, busy: false });
}

function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

// jsdom has no object URLs: the download test adds them, and they go afterwards.
const objectUrls = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(URL, objectUrls);
});

describe('License Partner Portal (PP-1 … PP-7)', () => {
  it('signs in as a seeded partner and out again (PP-1)', async () => {
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    await user.click(await screen.findByRole('button', { name: 'Sign in as Northwind Controls' }));
    expect(await screen.findByText('Signed in as Northwind Controls')).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'License Partner Portal' }),
      ).toHaveFocus(),
    );
    const table = await findTable('My Inventory');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Select',
      'License ID',
      'Type',
      'Devices',
      'Term',
      'Purchase order',
      'Purchase date',
    ]);
    expect(bodyRows(table)).toHaveLength(5);
    expect(cloud().partnerSession().partner).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(
      await screen.findByRole('button', { name: 'Sign in as Helios Integration' }),
    ).toBeVisible();
    expect(cloud().partnerSession().partner).toBeNull();
  });

  it('switches tabs through the URL and searches by customer or purchase order (PP-1, PP-3)', async () => {
    signInNorthwind();
    const { user, location } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    await findTable('My Inventory');
    await user.click(screen.getByRole('tab', { name: 'Customer Inventory' }));
    expect(location.history.at(-1)).toBe('/partner?tab=customer-inventory');
    let table = await findTable('Customer Inventory');
    const all = bodyRows(table).length;
    expect(within(table).getByText(/^Replaced by/)).toBeVisible();

    await enterText(user, screen.getByRole('searchbox', { name: /Search/ }), 'PO-3920');
    table = await findTable('Customer Inventory');
    expect(bodyRows(table)).toHaveLength(1);
    await user.clear(screen.getByRole('searchbox', { name: /Search/ }));
    await enterText(user, screen.getByRole('searchbox', { name: /Search/ }), 'building 1');
    table = await findTable('Customer Inventory');
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all);
    for (const row of rows) expect(row).toHaveTextContent('P-Building 1');

    await user.click(screen.getByRole('tab', { name: 'My Inventory' }));
    expect(await screen.findByText('No licenses match “building 1”')).toBeVisible();
  });

  it('shows where each customer license is, its purchase order, status and expiry (PP-10)', async () => {
    signInNorthwind();
    const { user, location } = renderWithApp(<PartnerPortalPage />, {
      url: '/partner?tab=customer-inventory',
    });
    const table = await findTable('Customer Inventory');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'License ID',
      'Type',
      'Customer',
      'Purchase order',
      'Transfer date',
      'Where',
      'Status',
      'Expiry',
      'Actions',
    ]);
    const expiring = bodyRows(table).find((row) => row.textContent?.includes('2026-12-14'));
    expect(expiring).toHaveTextContent('Plant Room');
    expect(expiring).toHaveTextContent('TUT3I-ZVYZ5-LDGMF-K2CTP-6P7JL');
    expect(expiring).toHaveTextContent('Expiring');
    expect(bodyRows(table).some((row) => row.textContent?.includes('In the cloud'))).toBe(true);

    const replaced = bodyRows(table).find((row) => row.textContent?.includes('Replaced by'));
    const successorLink = within(found(replaced, 'replaced row')).getByRole('link');
    const successor = successorLink.textContent ?? '';
    await user.click(successorLink);
    expect(location.history.at(-1)).toBe(`/partner?tab=customer-inventory&q=${successor}`);
    const lineage = bodyRows(await findTable('Customer Inventory'));
    expect(lineage).toHaveLength(2);
    expect(lineage.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Replaced'),
      expect.stringContaining('In the cloud'),
    ]);
    expect(successorLink).toHaveFocus();
  });

  it('finds a purchase order typed without its case and punctuation (PP-3)', async () => {
    signInNorthwind();
    const { user } = renderWithApp(<PartnerPortalPage />, {
      url: '/partner?tab=customer-inventory',
    });
    await findTable('Customer Inventory');
    await enterText(user, screen.getByRole('searchbox', { name: /Search/ }), 'po3920');
    const rows = bodyRows(await findTable('Customer Inventory'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('PO-3920');
  });

  it('creates a customer with a copyable Customer ID, and refuses a duplicate name inline (PP-2)', async () => {
    signInNorthwind();
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    let dialog = await screen.findByRole('dialog', { name: 'New customer' });
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Customer name' }),
      'P-Annex',
    );
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' }),
      'ops@annex.example{Enter}facilities@annex.example',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    const created = inspect().customers.find((c) => c.name === 'P-Annex');
    expect(created?.contactEmails).toEqual(['ops@annex.example', 'facilities@annex.example']);
    const list = screen.getByRole('list', { name: 'Customers' });
    expect(
      await within(list).findByRole('button', {
        name: `Copy Customer ID of P-Annex ${created?.id}`,
      }),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'New customer' }));
    dialog = await screen.findByRole('dialog', { name: 'New customer' });
    const name = within(dialog).getByRole('textbox', { name: 'Customer name' });
    await enterText(user, name, ' p-annex ');
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' }),
      'x@y.example',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription('You already have a customer named p-annex.'),
    );
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.clear(name);
    await enterText(user, name, 'Other');
    const emails = within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' });
    await user.clear(emails);
    await enterText(user, emails, 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));
    await waitFor(() => expect(emails).toHaveAttribute('aria-invalid', 'true'));
    expect(inspect().customers.some((c) => c.name === 'Other')).toBe(false);
  });

  it('transfers two licenses: new IDs shown, originals frozen with lineage (PP-4, PP-5)', async () => {
    signInNorthwind();
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    const table = await findTable('My Inventory');
    const capacityRows = bodyRows(table).filter((row) =>
      row.textContent.includes('50-device capacity'),
    );
    expect(capacityRows).toHaveLength(2);
    const originals = capacityRows.map(
      (row) =>
        within(row).getByRole('checkbox').getAttribute('aria-label')?.replace('Select ', '') ?? '',
    );
    for (const row of capacityRows) await user.click(within(row).getByRole('checkbox'));
    expect(screen.getByRole('status')).toHaveTextContent('5 licenses · 2 selected');
    await user.click(screen.getByRole('button', { name: 'Transfer to customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer to customer' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Customer' }));
    await user.click(await screen.findByRole('option', { name: 'P-Building 1' }));
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    expect(
      await within(dialog).findByText(/2 licenses transferred to P-Building 1 on 2026-11-23/),
    ).toBeVisible();
    const successors = originals.map(
      (id) => inspect().licenses.find((l) => l.id === id)?.supersededBy ?? '',
    );
    const newIds = within(dialog).getByRole('list', { name: 'New License IDs' });
    for (const id of successors) {
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(within(newIds).getByText(id)).toBeVisible();
    }
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'My Inventory' }))).toHaveLength(3),
    );

    await user.click(screen.getByRole('tab', { name: 'Customer Inventory' }));
    const customerTable = await findTable('Customer Inventory');
    originals.forEach((original, index) => {
      const row = within(customerTable).getByText(original).closest('tr');
      expect(row).toHaveTextContent(`Replaced by ${successors[index]}`);
      expect(row).toHaveTextContent('P-Building 1');
    });
    for (const id of successors) {
      const row = within(customerTable).getByText(id, { ignore: 'a, script, style' }).closest('tr');
      expect(row).toHaveTextContent('2026-11-23');
      expect(row).not.toHaveTextContent('Replaced by');
    }
  });

  it('issues a maintenance file for a customer license and downloads it (PP-7)', async () => {
    signInNorthwind();
    const createObjectURL = vi.fn(() => 'blob:maintenance');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderWithApp(<PartnerPortalPage />, {
      url: '/partner?tab=customer-inventory&q=PO-3920',
    });
    const table = await findTable('Customer Inventory');
    const [row] = bodyRows(table);
    const licenseId = inspect().licenses.find((l) => l.purchaseOrder === 'PO-3920')?.id ?? '';
    await user.click(
      within(row ?? table).getByRole('button', { name: `Issue maintenance file for ${licenseId}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Issue maintenance file' });
    const field = within(dialog).getByRole('textbox', { name: 'Install code' });
    await enterText(user, field, 'abc');
    await user.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(createObjectURL).not.toHaveBeenCalled();

    await user.clear(field);
    // Forgiving input (issue 18): lower case and spaces are read, and shown as read on leaving.
    await enterText(user, field, ` ${INSTALL_CODE.toLowerCase().replaceAll('-', ' ')} `);
    await user.tab();
    expect(field).toHaveValue(INSTALL_CODE);
    await user.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    const fileName = `maintenance-${licenseId}-${INSTALL_CODE}.lic`;
    expect(await within(dialog).findByText(fileName)).toBeVisible();
    expect(within(dialog).getByRole('link', { name: `Download ${fileName}` })).toHaveAttribute(
      'download',
      fileName,
    );
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:maintenance');
  });

  it('shows an error with Retry when the inventory cannot be loaded', async () => {
    signInNorthwind();
    server.use(
      http.get(
        '*/api/partner/inventory',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The inventory could not be loaded');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(bodyRows(await findTable('My Inventory'))).toHaveLength(5);
  });

  it('says when the partner holds no licenses', async () => {
    signInNorthwind();
    the.partner('Northwind Controls').withoutLicenses();
    renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    expect(await screen.findByText('No licenses in stock')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Transfer to customer' })).toBeDisabled();
  });
});

describe('Transfer after another tab transferred the license (R7)', () => {
  it('refuses with 409, says which license moved and to what, and shows the inventory as it is', async () => {
    signInNorthwind();
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    const table = await findTable('My Inventory');
    const [row] = bodyRows(table);
    const original =
      row && within(row).getByRole('checkbox').getAttribute('aria-label')?.replace('Select ', '');
    if (!row || !original) throw new Error('My Inventory is empty');
    await user.click(within(row).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Transfer to customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer to customer' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Customer' }));
    await user.click(await screen.findByRole('option', { name: 'P-Building 1' }));

    const customerId =
      cloud()
        .partnerCustomers()
        .find((c) => c.name === 'P-Building 1')?.id ?? '';
    const [moved] = cloud().transferToCustomer({ licenseIds: [original], customerId }).transfers;
    const licenses = inspect().licenses.length;
    await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `License ${original} was replaced by ${moved?.toLicenseId} and cannot be transferred again.`,
    );
    expect(inspect().licenses).toHaveLength(licenses);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'My Inventory' }))).toHaveLength(4),
    );
    expect(screen.queryByText(original)).not.toBeInTheDocument();
  });
});

describe('A retry after a lost answer is applied once (R7, R10)', () => {
  /** The cloud applies the request, then the answer is lost on the way back. */
  function loseFirstAnswer(path: string, apply: (body: unknown, key: string | null) => void) {
    server.use(
      http.post(
        path,
        async ({ request }) => {
          apply(await request.json(), request.headers.get('Idempotency-Key'));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
  }

  it('creates one customer when Create customer is clicked again', async () => {
    loseFirstAnswer('*/api/partner/customers', (body, key) =>
      cloud().createCustomer(createCustomerBodySchema.parse(body), key),
    );
    signInNorthwind();
    const customers = inspect().customers.length;
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    await user.click(await screen.findByRole('button', { name: 'New customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Customer name' }),
      'P-Annex',
    );
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Add a contact e-mail' }),
      'ops@annex.example',
    );
    const create = within(dialog).getByRole('button', { name: 'Create customer' });
    await user.click(create);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
    await user.click(create);
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(inspect().customers).toHaveLength(customers + 1);
  });

  it('transfers once when Transfer is clicked again', async () => {
    loseFirstAnswer('*/api/partner/transfers', (body, key) =>
      cloud().transferToCustomer(partnerTransferBodySchema.parse(body), key),
    );
    signInNorthwind();
    const licenses = inspect().licenses.length;
    const { user } = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
    const [row] = bodyRows(await findTable('My Inventory'));
    if (!row) throw new Error('My Inventory is empty');
    await user.click(within(row).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Transfer to customer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer to customer' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Customer' }));
    await user.click(await screen.findByRole('option', { name: 'P-Building 1' }));
    const transfer = within(dialog).getByRole('button', { name: 'Transfer' });
    await user.click(transfer);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
    await user.click(transfer);
    expect(
      await within(dialog).findByText(/1 license transferred to P-Building 1 on 2026-11-23/),
    ).toBeVisible();
    expect(inspect().licenses).toHaveLength(licenses + 1);
  });
});
