import type { Page } from '@playwright/test';
import { campus, campusFreeCapacity as capacity, plantRoom } from './typical-site';
import { ANY, expect, test, type Say } from './language';

/**
 * UX-1: the main journey of each app, written with the catalogs' words so that it runs in the
 * `chromium` project (English) and in `chromium-de` (a German browser, so the app starts in German).
 */

function manageDialog(page: Page, say: Say) {
  return page.getByRole('dialog', { name: new RegExp(`^${say('cms.dialog.title')}`) });
}

test('CMS: save a Customer ID, download, ACTIVATE two licenses', async ({ page, say }) => {
  if (!campus) throw new Error('The seed has changed');
  await page.goto('/');
  const dialog = manageDialog(page, say);
  await expect(dialog.getByRole('table', { name: say('cms.licenses.tableLabel') })).toBeVisible();

  await dialog.getByRole('button', { name: say('cms.dialog.view.customerAccounts') }).click();
  const field = dialog.getByRole('textbox', {
    name: say('cms.customerAccounts.field', { segment: 'Plant Room' }),
  });
  await field.fill(campus.id);
  await dialog.getByRole('button', { name: say('cms.customerAccounts.save') }).click();
  await expect(dialog.getByRole('button', { name: say('cms.customerAccounts.save') })).toHaveCount(
    0,
  );

  await dialog.getByRole('button', { name: say('cms.dialog.back') }).click();
  await dialog.getByRole('button', { name: say('cms.dialog.view.download') }).click();
  const table = dialog.getByRole('table', { name: say('cms.download.tableLabel') });
  const rows = table.locator('tbody').getByRole('row').filter({ hasText: 'Plant Room' });
  await expect(rows).toHaveCount(3);
  for (const row of [rows.nth(0), rows.nth(1)]) {
    await row.getByRole('combobox').selectOption({ label: 'Plant Room' });
    await row.getByRole('checkbox').check();
  }
  await dialog.getByRole('button', { name: say('cms.download.activate') }).click();
  await expect(
    dialog.getByText(say('cms.download.progress.done', { activated: 2, total: 2 })),
  ).toBeVisible();
});

test('Partner portal: transfer a license to a customer', async ({ page, say }) => {
  await page.goto('/partner');
  await page
    .getByRole('button', { name: say('partner.signIn.as', { name: 'Northwind Controls' }) })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: say('partner.page.title') }),
  ).toBeVisible();
  const inventory = page.getByRole('table', { name: say('partner.page.myInventoryTab') });
  await inventory.locator('tbody').getByRole('row').first().getByRole('checkbox').check();
  await page.getByRole('button', { name: say('partner.myInventory.transfer') }).click();

  const dialog = page.getByRole('dialog', { name: say('partner.transfer.title') });
  await dialog.getByRole('combobox', { name: say('partner.transfer.customer') }).click();
  await page.getByRole('option', { name: 'P-Building 1' }).click();
  await dialog.getByRole('button', { name: say('partner.transfer.confirm'), exact: true }).click();
  await expect(dialog.getByText(/P-Building 1/)).toBeVisible();
  await dialog.getByRole('button', { name: say('partner.transfer.done') }).click();
  await expect(dialog).toHaveCount(0);
});

test('Customer portal: sign in with an EID and create an offline file', async ({ page, say }) => {
  if (!capacity || !plantRoom) throw new Error('The seed has changed');
  await page.goto('/customer');
  await page.getByRole('textbox', { name: say('customer.signIn.eid') }).fill(capacity.id);
  await page.getByRole('button', { name: say('customer.signIn.submit') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: say('customer.page.title') }),
  ).toBeVisible();

  await page
    .getByRole('checkbox', {
      name: say('customer.licenses.selectLicense', { licenseId: capacity.id }),
    })
    .check();
  await page
    .getByRole('textbox', { name: say('customer.file.installCode') })
    .fill(plantRoom.installCode);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: say('customer.file.create') }).click();
  expect((await download).suggestedFilename()).toBe(`${plantRoom.installCode}.lic`);
  await expect(
    page.getByRole('button', { name: say('customer.file.downloadAgain') }),
  ).toBeVisible();
});

test('License Manager: add a license to an expired sensor', async ({ page, say, sayPattern }) => {
  await page.goto('/fleet?status=expired');
  const table = page.getByRole('table', { name: say('fleet.table.name'), exact: true });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const row = table.locator('tbody tr').first();
  const serial = (await row.getAttribute('data-serial')) ?? '';
  await row.locator('[data-add-license] button').click();
  const dialog = page.getByRole('dialog', {
    name: sayPattern('fleet.assignDialog.title', { name: ANY, serial }),
  });
  await dialog.getByRole('button', { name: say('fleet.assignDialog.add') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByText(sayPattern('fleet.assignDialog.addedTo', { name: ANY, end: ANY })),
  ).toBeVisible();
});
