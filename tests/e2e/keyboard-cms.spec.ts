import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * Issue 18, UX-2: the CMS activation with the keyboard only: open Manage Licenses, download from
 * the cloud, select, ACTIVATE; after each step focus is where the user needs it, never on the page.
 */

/** How many Tab presses may separate two controls before the order counts as broken. */
const MAX_TAB_STOPS = 40;

const isFocused = (target: Locator) =>
  target.evaluate((element) => element === document.activeElement);

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < MAX_TAB_STOPS && !(await isFocused(target)); presses += 1) {
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

const focusIsOnThePage = (page: Page) =>
  page.evaluate(() => document.activeElement === null || document.activeElement === document.body);

test.use({ viewport: { width: 1024, height: 768 } });

test('CMS activation with the keyboard only: focus is where the next step is', async ({ page }) => {
  // Activations finish at once: the journey waits for what the user sees, not for the cloud's pace.
  await page.goto('/?activation-ms=0');
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });

  // The typical site opens Manage Licenses by itself (SS-2); Escape closes it.
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // 1. Open Manage Licenses from the License Status display.
  const manage = page
    .getByRole('region', { name: 'License Status' })
    .getByRole('button', { name: 'Manage Licenses' });
  await tabTo(page, manage);
  await page.keyboard.press('Enter');
  const list = dialog.getByRole('table', { name: 'Activated licenses' });
  await expect(list).toBeVisible();
  expect(await focusIsOnThePage(page)).toBe(false);
  // At 1024 px the Note column and the copy buttons are in view, not behind a scroll.
  await expect(list.getByRole('columnheader', { name: 'Note' })).toBeInViewport();
  await expect(list.getByRole('button', { name: /^Copy License ID / }).first()).toBeInViewport();

  // 2. Download Licenses from the Cloud: focus moves to the start of the new view.
  await tabTo(page, dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }));
  await page.keyboard.press('Enter');
  const view = dialog.getByRole('group', { name: 'Download Licenses from the Cloud' });
  await expect(view).toBeFocused();
  const table = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  // SS-76: each license once; Parking Garage is offline, so each goes to Main Hall.
  await expect(table.getByRole('row')).toHaveCount(4);

  // 3. Select one license with Space.
  const capacity = table
    .getByRole('row')
    .filter({ hasText: '100-device capacity' })
    .getByRole('checkbox', { name: /^Select .+ for Main Hall$/ });
  await tabTo(page, capacity);
  await page.keyboard.press('Space');
  await expect(capacity).toBeChecked();
  await expect(capacity).toBeFocused();
  await expect(dialog.getByText('1 selected')).toBeVisible();

  // 4. ACTIVATE (before the table in reading order): focus follows to the progress and result.
  const activate = dialog.getByRole('button', { name: 'Activate' });
  await tabTo(page, activate, 'Shift+Tab');
  await page.keyboard.press('Enter');
  const result = dialog.getByRole('status', { name: 'Activation' });
  await expect(result).toBeFocused();
  await expect(result).toContainText('1 of 1 license activated');
  await expect(result).toContainText('Activated on Main Hall:');
  await expect(table.getByRole('row')).toHaveCount(3);

  // 5. Dismiss the result: nothing is left selected, so focus goes to Select all.
  await tabTo(page, result.getByRole('button', { name: 'Dismiss' }));
  await page.keyboard.press('Enter');
  await expect(result).toBeHidden();
  await expect(table.getByRole('checkbox', { name: 'Select all licenses' })).toBeFocused();

  // 6. Back to the list: focus at its start, the new license there with today's date.
  await tabTo(page, dialog.getByRole('button', { name: 'Back' }));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('group', { name: 'Manage Licenses' })).toBeFocused();
  await expect(list.getByRole('row').filter({ hasText: '2026-11-23' })).toHaveCount(1);

  // 7. Escape closes the dialog; focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(manage).toBeFocused();
});
