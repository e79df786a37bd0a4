import { expect, test, type Locator, type Page } from '@playwright/test';
import { campusFreeCapacity as capacity, plantRoom } from './typical-site';

// UX-2: each journey uses the keyboard only and checks where focus is after every step.

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { backwards = false } = {}) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 80; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Focus is somewhere inside `container` (a dialog moves it in on opening). */
async function expectFocusWithin(container: Locator) {
  await expect
    .poll(() => container.evaluate((element) => element.contains(document.activeElement)))
    .toBe(true);
}

test('partner transfer (PP-4, PP-10), keyboard only', async ({ page }) => {
  await page.goto('/partner');
  await tabTo(page, page.getByRole('button', { name: 'Sign in as Northwind Controls' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'License Partner Portal' }),
  ).toBeFocused();

  const inventory = page.getByRole('table', { name: 'My Inventory' });
  const checkbox = inventory
    .getByRole('row')
    .filter({ hasText: '50-device capacity' })
    .first()
    .getByRole('checkbox');
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await expect(checkbox).toBeFocused();

  const transferButton = page.getByRole('button', { name: 'Transfer to customer' });
  await tabTo(page, transferButton, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Transfer to customer' });
  await expectFocusWithin(dialog);

  const customer = dialog.getByRole('combobox', { name: 'Customer' });
  await tabTo(page, customer);
  await page.keyboard.press('ArrowDown');
  const option = page.getByRole('option', { name: 'P-Building 1' });
  for (let presses = 0; presses < 5; presses += 1) {
    if (await option.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(option).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(customer).toBeFocused();
  await expect(customer).toHaveText('P-Building 1');

  await tabTo(page, dialog.getByRole('button', { name: 'Transfer', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(/1 license transferred to P-Building 1/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Done' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const customerTab = page.getByRole('tab', { name: 'Customer Inventory' });
  await expect(customerTab).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(customerTab).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: 'Customer Inventory' });
  const successorLink = table
    .getByRole('row')
    .filter({ hasText: 'P-Building 1' })
    .getByRole('link')
    .first();
  await tabTo(page, successorLink);
  const successor = (await successorLink.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${successor}`));
  await expect(table.locator('tbody').getByRole('row')).toHaveCount(2);
  await expect(successorLink).toBeFocused();
});

test('customer offline file (CP-1, CP-3), keyboard only', async ({ page }) => {
  if (!capacity || !plantRoom) throw new Error('The seed has changed');
  await page.goto('/customer');
  const eid = page.getByRole('textbox', { name: 'License ID (EID)' });
  await tabTo(page, eid);
  await page.keyboard.type(capacity.id.toUpperCase());
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'License Customer Portal' }),
  ).toBeFocused();

  const checkbox = page.getByRole('checkbox', { name: `Select ${capacity.id} for the file` });
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await expect(checkbox).toBeFocused();

  const installCode = page.getByRole('textbox', { name: 'Install code' });
  await tabTo(page, installCode);
  await page.keyboard.type(plantRoom.installCode.toLowerCase());
  await expect(installCode).toHaveValue(plantRoom.installCode);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toBe(`${plantRoom.installCode}.lic`);
  await expect(page.getByText(`${plantRoom.installCode}.lic`).first()).toBeVisible();
  await expect(installCode).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Download again' }));
  const again = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await again).suggestedFilename()).toBe(`${plantRoom.installCode}.lic`);
  await expect(page.getByRole('button', { name: 'Download again' })).toBeFocused();
});

test('fleet assign (LM-5), keyboard only: focus stays in the table when the sensor leaves it', async ({
  page,
}) => {
  await page.goto('/fleet?status=expired');
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const firstAdd = table
    .locator('tbody')
    .getByRole('button', { name: /^Add license to / })
    .first();
  await tabTo(page, firstAdd);
  const name = (await firstAdd.getAttribute('aria-label')) ?? '';
  const serial = /\(([^)]+)\)$/.exec(name)?.[1] ?? '';
  expect(serial).not.toBe('');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Add license to / });
  await expectFocusWithin(dialog);

  await tabTo(page, dialog.getByRole('button', { name: 'Add license' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/License added to .*: it runs until/)).toBeVisible();
  // The sensor is no longer expired, so it left the filtered table; the row in its place has focus.
  await expect(table.locator(`tr[data-serial="${serial}"]`)).toHaveCount(0);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', /^Add license to /);
  await expect
    .poll(() => table.evaluate((element) => element.contains(document.activeElement)))
    .toBe(true);
});
