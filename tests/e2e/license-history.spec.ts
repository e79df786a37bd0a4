import { expect, test, type Locator, type Page } from '@playwright/test';
import { downloadTo, manageDialog } from './cms-steps';

// AU-1: one History per license, the same story from the partner's old row and the CMS's new one.

/** The ID at the end of a copy button's name, e.g. `Copy Customer ID of P-Annex <id>`. */
async function idAtEnd(button: Locator) {
  const id = ((await button.getAttribute('aria-label')) ?? '').split(' ').at(-1) ?? '';
  expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  return id;
}

async function saveCustomerId(dialog: Locator, controller: string, customerId: string) {
  const row = dialog.getByRole('row').filter({ hasText: controller });
  await row.getByRole('textbox', { name: `Customer ID for ${controller}` }).fill(customerId);
  await row.getByRole('button', { name: 'Save Changes' }).click();
  await expect(row.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);
}

/** The History's rows as the user reads them: what happened, then who did it. */
async function story(page: Page, licenseId: string) {
  const history = page.getByRole('dialog', { name: `History of license ${licenseId}` });
  const events = history.getByRole('table', { name: 'Events' });
  await expect(events).toBeVisible();
  return { history, rows: events.getByRole('row') };
}

const THE_STORY = (newId: string) => [
  /Purchased with PO-4502.*Northwind Controls · Partner Portal/,
  new RegExp(`Transferred to P-Annex as ${newId}.*Northwind Controls · Partner Portal`),
  /ACTIVATE pressed for Plant Room.*Olivia Brandt · Owner · CMS/,
  /Activated on Plant Room.*Olivia Brandt · Owner · CMS/,
  /Transferred to the cloud from Plant Room.*Olivia Brandt · Owner · CMS/,
  /ACTIVATE pressed for Main Hall.*Olivia Brandt · Owner · CMS/,
  /Activated on Main Hall.*Olivia Brandt · Owner · CMS/,
];

test('a license transferred by the partner, activated, sent back and activated elsewhere: one History', async ({
  page,
}) => {
  // The partner creates P-Annex and transfers one PO-4502 capacity license to it (new ID, PP-4).
  await page.goto('/partner');
  await page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const newCustomer = page.getByRole('dialog', { name: 'New customer' });
  await newCustomer.getByRole('textbox', { name: 'Customer name' }).fill('P-Annex');
  await newCustomer
    .getByRole('textbox', { name: 'Add a contact e-mail' })
    .fill('ops@annex.example');
  await newCustomer.getByRole('button', { name: 'Create customer' }).click();
  await expect(newCustomer).toHaveCount(0);
  const customerId = await idAtEnd(
    page.getByRole('button', { name: /^Copy Customer ID of P-Annex / }),
  );
  const inventory = page.getByRole('table', { name: 'My Inventory' });
  const capacity = inventory.getByRole('row').filter({ hasText: '50-device capacity' }).first();
  const checkbox = capacity.getByRole('checkbox');
  const original = ((await checkbox.getAttribute('aria-label')) ?? '').replace('Select ', '');
  await checkbox.check();
  await page.getByRole('button', { name: 'Transfer to customer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Transfer to customer' });
  await transfer.getByRole('combobox', { name: 'Customer' }).click();
  await page.getByRole('option', { name: 'P-Annex' }).click();
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  const newId = await idAtEnd(
    transfer.getByRole('list', { name: 'New License IDs' }).getByRole('button').first(),
  );
  await transfer.getByRole('button', { name: 'Done' }).click();

  // The CMS saves P-Annex on Plant Room and Main Hall and activates the new ID on Plant Room.
  await page.goto('/');
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).click();
  await saveCustomerId(dialog, 'Plant Room', customerId);
  await saveCustomerId(dialog, 'Main Hall', customerId);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await downloadTo(dialog, 'Plant Room', [newId]);
  await expect(dialog.getByText('1 of 1 license activated')).toBeVisible();
  await dialog.getByRole('button', { name: 'Dismiss' }).click();

  // Plant Room's licenses go back to the cloud; Main Hall activates the new ID.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('combobox', { name: 'Segment controller' }).click();
  await page.getByRole('option', { name: 'Plant Room' }).click();
  await dialog.getByRole('button', { name: 'Transfer to Cloud' }).click();
  const confirm = page.getByRole('dialog', { name: 'Transfer licenses to the cloud?' });
  await confirm.getByRole('button', { name: 'Transfer Licenses' }).click();
  await expect(confirm).toBeHidden();
  await downloadTo(dialog, 'Main Hall', [newId]);
  await expect(dialog.getByText('1 of 1 license activated')).toBeVisible();

  // History from the CMS's row of the new ID.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('combobox', { name: 'Segment controller' }).click();
  await page.getByRole('option', { name: 'Main Hall' }).click();
  await dialog.getByRole('button', { name: `History of license ${newId}` }).click();
  const fromCms = await story(page, newId);
  await expect(fromCms.history).toContainText(`${original} → ${newId}`);
  const expected = THE_STORY(newId);
  await expect(fromCms.rows).toHaveCount(expected.length + 1);
  for (const [index, line] of expected.entries())
    await expect(fromCms.rows.nth(index + 1)).toHaveText(line);

  // History from the partner's row of the old ID: the same story.
  await page.goto('/partner?tab=customer-inventory');
  const customerInventory = page.getByRole('table', { name: 'Customer Inventory' });
  await customerInventory.getByRole('button', { name: `History of license ${original}` }).click();
  const fromPartner = await story(page, original);
  await expect(fromPartner.rows).toHaveCount(expected.length + 1);
  for (const [index, line] of expected.entries())
    await expect(fromPartner.rows.nth(index + 1)).toHaveText(line);
  await fromPartner.history.getByRole('button', { name: 'Close' }).click();
  await expect(
    customerInventory.getByRole('button', { name: `History of license ${original}` }),
  ).toBeFocused();
});
