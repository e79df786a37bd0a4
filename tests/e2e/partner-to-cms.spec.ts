import { expect, test, type Page } from '@playwright/test';

// PP-2, PP-4, PP-5, PP-6: a partner's transfer reaches a segment controller through its Customer ID.

/** The ID at the end of a copy button's name, e.g. `Copy Customer ID of P-Annex <id>`. */
async function idFromCopyButton(page: Page, name: RegExp) {
  const label = (await page.getByRole('button', { name }).getAttribute('aria-label')) ?? '';
  const id = label.split(' ').at(-1) ?? '';
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  return id;
}

test('partner creates P-Annex, transfers two licenses, the CMS activates them on Plant Room', async ({
  page,
}) => {
  // The partner signs in and creates the customer.
  await page.goto('/partner');
  await page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click();
  await expect(page.getByText('Signed in as Northwind Controls')).toBeVisible();
  await page.getByRole('button', { name: 'New customer' }).click();
  const newCustomer = page.getByRole('dialog', { name: 'New customer' });
  await newCustomer.getByRole('textbox', { name: 'Customer name' }).fill('P-Annex');
  await newCustomer
    .getByRole('textbox', { name: 'Add a contact e-mail' })
    .fill('ops@annex.example');
  await newCustomer.getByRole('button', { name: 'Create customer' }).click();
  await expect(newCustomer).toHaveCount(0);
  const customers = page.getByRole('list', { name: 'Customers' });
  await expect(customers).toContainText('P-Annex');
  const customerId = await idFromCopyButton(page, /^Copy Customer ID of P-Annex /);
  await page.getByRole('button', { name: /^Copy Customer ID of P-Annex / }).click();

  // Two PO-4502 capacity licenses go to P-Annex under new License IDs.
  const inventory = page.getByRole('table', { name: 'My Inventory' });
  const capacity = inventory.getByRole('row').filter({ hasText: '50-device capacity' });
  await expect(capacity).toHaveCount(2);
  const originals: string[] = [];
  for (const row of await capacity.all()) {
    const checkbox = row.getByRole('checkbox');
    originals.push(((await checkbox.getAttribute('aria-label')) ?? '').replace('Select ', ''));
    await checkbox.check();
  }
  await page.getByRole('button', { name: 'Transfer to customer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Transfer to customer' });
  await transfer.getByRole('combobox', { name: 'Customer' }).click();
  await page.getByRole('option', { name: 'P-Annex' }).click();
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  await expect(transfer.getByText(/2 licenses transferred to P-Annex/)).toBeVisible();
  const newIds = await Promise.all(
    [0, 1].map(async (index) => {
      const label = await transfer
        .getByRole('list', { name: 'New License IDs' })
        .getByRole('button', { name: /^Copy new License ID / })
        .nth(index)
        .getAttribute('aria-label');
      return (label ?? '').split(' ').at(-1) ?? '';
    }),
  );
  for (const id of newIds) expect(originals).not.toContain(id);
  await transfer.getByRole('button', { name: 'Done' }).click();
  await expect(inventory.getByRole('row').filter({ hasText: '50-device capacity' })).toHaveCount(0);

  // The CMS: save the Customer ID on Plant Room, download and activate the two new licenses.
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).click();
  const field = dialog.getByRole('textbox', { name: 'Customer ID for Plant Room' });
  await field.fill(customerId);
  await dialog.getByRole('button', { name: 'Save Changes' }).click();
  await expect(dialog.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);
  await expect(field).toHaveValue(customerId);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).click();
  const cloudTable = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  const plantRoomRows = cloudTable.getByRole('row').filter({ hasText: 'Plant Room' });
  await expect(plantRoomRows).toHaveCount(2);
  for (const id of newIds) {
    await plantRoomRows.filter({ hasText: id }).getByRole('checkbox').check();
  }
  // PP-5: the original License IDs are not offered.
  for (const id of originals) await expect(cloudTable.getByText(id)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog.getByText('2 of 2 licenses activated')).toBeVisible();

  // Back in the partner portal: lineage, and where the new licenses are active.
  await page.goto('/partner?tab=customer-inventory');
  const customerInventory = page.getByRole('table', { name: 'Customer Inventory' });
  await expect(customerInventory).toBeVisible();
  for (const [index, original] of originals.entries()) {
    const replaced = customerInventory.getByRole('row').filter({ hasText: original });
    await expect(replaced.first()).toContainText(`Replaced by ${newIds[index]}`);
  }
  for (const id of newIds) {
    const row = customerInventory
      .getByRole('row')
      .filter({ hasText: id })
      .filter({ hasNotText: 'Replaced by' });
    await expect(row).toContainText('P-Annex');
    await expect(row).toContainText('Plant Room');
  }
});
