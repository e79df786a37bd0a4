import { expect, type Locator, type Page } from '@playwright/test';

/** Steps of the CMS's Manage Licenses dialog that several journeys take. */
export function manageDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

/** On these sites Manage Licenses opens by itself after sign-in (SS-2): close it. */
export async function closeManageLicenses(page: Page) {
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** In the Download view: sends the rows that match to one segment controller, then ACTIVATE. */
export async function downloadTo(dialog: Locator, controller: string, rowTexts: string[]) {
  // The toolbar's button; an empty list offers the same shortcut (SS-10).
  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).first().click();
  const table = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  for (const text of rowTexts) {
    const row = table.getByRole('row').filter({ hasText: text });
    await row.getByRole('combobox').selectOption({ label: controller });
    await row.getByRole('checkbox').check();
  }
  await dialog.getByRole('button', { name: 'Activate' }).click();
}
