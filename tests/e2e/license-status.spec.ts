import { expectNoAxeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';

/** SS-2: on the typical site Manage Licenses opens by itself once per session; close it. */
async function closeAutoOpenedDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Manage Licenses' });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('CMS dashboard on the simulated cloud', () => {
  test('License Status opens Manage Licenses with the activated licenses', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('dialog', { name: 'Manage Licenses' })).toContainText(
      'Plant Room: 5 of 30 devices are unlicensed',
    );
    await closeAutoOpenedDialog(page);
    const status = page.getByRole('region', { name: 'License Status' });
    await expect(status.getByRole('heading', { name: 'Plant Room' })).toBeVisible();
    await expect(status).toContainText('Expiring 2026-12-14');
    await expect(status).toContainText('Maintenance covers 0 of 20 devices; 20 more needed');

    await status.getByText('Licensed devices').first().click();
    const dialog = page.getByRole('dialog', { name: 'Manage Licenses' });
    const table = dialog.getByRole('table', { name: 'Activated licenses' });
    await expect(table.getByRole('row')).toHaveCount(10);
    await expect(table.getByRole('columnheader')).toHaveText([
      'Segment Controller',
      'Description',
      'Status',
      'Activation Date',
      'License ID',
      'Note',
    ]);
    await expect(
      table.getByRole('row', {
        name: /Parking Garage 1-year maintenance \(20 devices\) Expired 2026-05-19 2025-05-20/,
      }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\?manage=licenses$/);

    await dialog.getByRole('combobox', { name: 'Segment controller' }).click();
    await page.getByRole('option', { name: 'Main Hall' }).click();
    await expect(table.getByRole('row')).toHaveCount(5);
    await table.getByRole('button', { name: 'Activation Date' }).click();
    await expect(table.getByRole('row').nth(1)).toContainText('2025-02-10');

    // The dialog's state lives in the URL: a reload comes back to the same view.
    await page.reload();
    await expect(
      page.getByRole('dialog', { name: 'Manage Licenses' }).getByRole('row'),
    ).toHaveCount(5);

    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page).toHaveURL(/\/$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the dashboard and the open dialog have no axe violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(page.getByRole('dialog').getByRole('row')).toHaveCount(10);
      await expectNoAxeViolations(page);
      await closeAutoOpenedDialog(page);
      await expect(page.getByRole('heading', { name: 'Parking Garage' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test('the top bar reaches the four areas and the theme toggle switches schemes', async ({
    page,
  }) => {
    await page.goto('/');
    await closeAutoOpenedDialog(page);
    const nav = page.getByRole('navigation', { name: 'Areas' });
    for (const [tab, heading] of [
      ['Partner Portal', 'License Partner Portal'],
      ['Customer Portal', 'License Customer Portal'],
      ['License Manager', 'License Manager'],
      ['CMS Dashboard', 'CMS Dashboard'],
    ] as const) {
      await nav.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Theme: follows the system' }).click();
    await expect(page.locator('html')).toHaveClass(/light/);
    await page.getByRole('button', { name: 'Theme: light' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('a fresh install shows no licenses', async ({ page }) => {
    await page.goto('/?scenario=fresh-install&manage=licenses');
    await expect(page.getByRole('dialog', { name: 'Manage Licenses' })).toContainText(
      'No licenses activated',
    );
  });
});
