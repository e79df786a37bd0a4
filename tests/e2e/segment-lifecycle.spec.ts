import { expect, test, type Page } from '@playwright/test';
import { seedFreshInstall } from '../../mocks/cloud/seed';
import { closeManageLicenses, downloadTo, manageDialog } from './cms-steps';

const campusCustomerId =
  seedFreshInstall().customers.find((c) => c.name === 'P2022-0208')?.id ?? '';

// SS-70, SS-71, SS-72: a segment controller's life keeps its licenses; upgrades need maintenance.

async function signInToPartnerPortal(page: Page) {
  await page.goto('/partner');
  await page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click();
}

/** In the partner portal, signed in: one license of My Inventory goes to the campus; answers its new ID. */
async function partnerSendsToCampus(page: Page, description: string) {
  const inventory = page.getByRole('table', { name: 'My Inventory' });
  await inventory.getByRole('row').filter({ hasText: description }).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Transfer to customer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Transfer to customer' });
  await transfer.getByRole('combobox', { name: 'Customer' }).click();
  await page.getByRole('option', { name: 'P2022-0208' }).click();
  await transfer.getByRole('button', { name: 'Transfer', exact: true }).click();
  const label = await transfer
    .getByRole('list', { name: 'New License IDs' })
    .getByRole('button', { name: /^Copy new License ID / })
    .getAttribute('aria-label');
  const newId = (label ?? '').split(' ').at(-1) ?? '';
  expect(newId).toMatch(/^[0-9a-f-]{36}$/);
  await transfer.getByRole('button', { name: 'Done' }).click();
  return newId;
}

/** Every row of Manage Licenses for one segment controller, as the Owner reads them. */
async function licenseRowsOf(page: Page, controller: string) {
  await page
    .getByRole('region', { name: 'License Status' })
    .getByRole('button', { name: 'Manage Licenses' })
    .click();
  const dialog = manageDialog(page);
  const table = dialog.getByRole('table', { name: 'Activated licenses' });
  await expect(table).toBeVisible();
  const rows = await table.getByRole('row').filter({ hasText: controller }).allInnerTexts();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  return rows;
}

async function devicesTab(page: Page, controller: string) {
  const panel = page.getByRole('region', { name: 'Devices' });
  await panel.getByRole('tab', { name: controller }).click();
  return panel;
}

async function openAction(page: Page, controller: string, item: string) {
  const panel = await devicesTab(page, controller);
  await panel.getByRole('button', { name: `Actions for ${controller}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return panel;
}

async function chooseRelease(page: Page, controller: string, version: string) {
  await openAction(page, controller, 'Re-image…');
  const dialog = page.getByRole('dialog', { name: `Re-image ${controller}` });
  await dialog.getByRole('combobox', { name: 'Software release' }).click();
  await page.getByRole('option', { name: version, exact: true }).click();
  return dialog;
}

test('Re-image, Reset Databases and Restore Factory Settings keep every license of Main Hall', async ({
  page,
}) => {
  await page.goto('/?scenario=typical-site');
  await closeManageLicenses(page);
  const before = await licenseRowsOf(page, 'Main Hall');
  expect(before).toHaveLength(4);

  const reimage = await chooseRelease(page, 'Main Hall', '4.3');
  await reimage.getByRole('button', { name: 'Re-image' }).click();
  const panel = page.getByRole('region', { name: 'Devices' });
  const outcome = panel.getByRole('status', { name: 'Segment controller actions' });
  await expect(outcome).toHaveText(
    'Main Hall now runs software 4.3. Every license stayed with its dates.',
  );
  await expect(page.getByRole('region', { name: 'License Status' })).toContainText(
    'SmartServer IoT · software 4.3',
  );
  await expect(panel.getByRole('table', { name: 'Devices on Main Hall' })).toBeVisible();

  for (const action of ['Reset Databases', 'Restore Factory Settings']) {
    await openAction(page, 'Main Hall', `${action}…`);
    const confirm = page.getByRole('dialog', { name: `${action} on Main Hall?` });
    await confirm.getByRole('button', { name: action }).click();
    await expect(confirm).toHaveCount(0);
    await expect(panel.getByText('No devices on Main Hall')).toBeVisible();
    await expect(outcome).toContainText('Every license stayed with its dates.');
  }

  expect(await licenseRowsOf(page, 'Main Hall')).toEqual(before);
});

test('an upgrade without maintenance is refused; a one-time upgrade license from the partner allows it once', async ({
  page,
}) => {
  await page.goto('/?scenario=software-upgrades');
  await closeManageLicenses(page);
  const status = page.getByRole('region', { name: 'License Status' });
  await expect(status).toContainText('No license needed (software 3.2 or earlier).');

  // SS-71: Boiler House has no maintenance: the dialog says what to buy, Re-image stays disabled.
  const refused = await chooseRelease(page, 'Boiler House', '4.4');
  await expect(refused).toContainText(
    'Buy a 1- or 3-year maintenance license or a one-time upgrade license from your partner and activate it on Boiler House.',
  );
  await expect(refused.getByRole('button', { name: 'Re-image' })).toBeDisabled();
  await refused.getByRole('button', { name: 'Cancel' }).click();

  // The partner orders a one-time upgrade license (PP-9) and transfers it to the campus account.
  await signInToPartnerPortal(page);
  await page.getByRole('button', { name: 'Order licenses' }).click();
  const order = page.getByRole('dialog', { name: 'Order licenses' });
  await order.getByRole('combobox', { name: 'License type' }).click();
  await page.getByRole('option', { name: 'One-time upgrade' }).click();
  await order.getByRole('textbox', { name: 'Purchase order' }).fill('PO-5100');
  await order.getByRole('button', { name: 'Order' }).click();
  await expect(
    page.getByText('1 license ordered with PO-5100: now in My Inventory.'),
  ).toBeVisible();
  const newId = await partnerSendsToCampus(page, 'PO-5100');

  // The CMS downloads it to Boiler House and activates it.
  await page.goto('/');
  await status.getByRole('button', { name: 'Manage Licenses' }).click();
  const dialog = manageDialog(page);
  await downloadTo(dialog, 'Boiler House', [newId]);
  await expect(dialog.getByText('1 of 1 license activated')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // SS-72: the re-image uses it up; the 30-day window to buy maintenance shows.
  const allowed = await chooseRelease(page, 'Boiler House', '4.4');
  await expect(allowed).toContainText(`uses up the one-time upgrade license ${newId}`);
  await allowed.getByRole('button', { name: 'Re-image' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Devices' })
      .getByRole('status', { name: 'Segment controller actions' }),
  ).toHaveText(
    `Boiler House now runs software 4.4. It used up the one-time upgrade license ${newId}; annual maintenance can still be bought until 2026-12-23.`,
  );
  await expect(status).toContainText(
    'The one-time upgrade license was used on 2026-11-23 (upgrade to 4.4); annual maintenance can still be bought until 2026-12-23.',
  );
  const rows = await licenseRowsOf(page, 'Boiler House');
  expect(rows.join('\n')).toContain('Used 2026-11-23 (upgrade to 4.4)');

  // The partner portal says the same.
  await page.goto('/partner?tab=customer-inventory');
  const used = page
    .getByRole('table', { name: 'Customer Inventory' })
    .getByRole('row')
    .filter({ hasText: newId })
    .filter({ hasNotText: 'Replaced by' });
  await expect(used).toContainText('Used 2026-11-23 (upgrade to 4.4)');
  await expect(used).toContainText('Annual maintenance can be bought until 2026-12-23');
});

test('a SmartServer Pi without a core license refuses capacity and shows why; with its core license it works', async ({
  page,
}) => {
  // Fresh install: nothing activated, so Manage Licenses opens by itself (SS-2).
  await page.goto('/?scenario=fresh-install');
  const dialog = manageDialog(page);
  // The toolbar's button; the empty state offers the same shortcut.
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).first().click();
  await dialog.getByRole('textbox', { name: 'Customer ID for Plant Room' }).fill(campusCustomerId);
  await dialog.getByRole('button', { name: 'Save Changes' }).click();
  await expect(dialog.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Back' }).click();

  // SS-73: the capacity license is refused, and the result says why.
  await downloadTo(dialog, 'Plant Room', ['100-device capacity']);
  await expect(dialog.getByText('0 of 1 license activated')).toBeVisible();
  await expect(dialog).toContainText(
    'Plant Room is a SmartServer Pi without an active core license',
  );
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  const panel = await devicesTab(page, 'Plant Room');
  const banner = panel.getByRole('alert').filter({ hasText: 'Core license required' });
  await expect(banner).toContainText('Get a SmartServer Core license from your partner');

  // The partner sends the core license; the CMS activates it with the capacity in one job.
  await signInToPartnerPortal(page);
  const coreId = await partnerSendsToCampus(page, 'SmartServer Core');
  await page.goto('/');
  await page
    .getByRole('region', { name: 'License Status' })
    .getByRole('button', { name: 'Manage Licenses' })
    .click();
  await downloadTo(dialog, 'Plant Room', ['100-device capacity', coreId]);
  await expect(dialog.getByText('2 of 2 licenses activated')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  await devicesTab(page, 'Plant Room');
  await expect(panel.getByText('Core license required')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Provision all (12)' }).click();
  await expect(panel.getByRole('status', { name: 'Provisioning' })).toContainText(
    '12 devices provisioned',
  );
});
