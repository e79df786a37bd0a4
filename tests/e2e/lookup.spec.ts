import { expectNoAxeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { typicalSite } from './typical-site';

/** SS-2: on the typical site Manage Licenses opens by itself once per session; close it. */
async function closeAutoOpenedDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Manage Licenses' });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** PP-5: the seed's license a partner transferred under a new License ID, and that successor. */
const replaced = typicalSite.licenses.find((l) => l.supersededBy !== null);

test.describe('AU-2: lookup anywhere (Ctrl+K)', () => {
  test('a replaced License ID typed on the CMS dashboard leads to its successor', async ({
    page,
  }) => {
    const original = replaced?.id ?? '';
    const successor = replaced?.supersededBy ?? '';
    expect(successor).not.toBe('');
    await page.goto('/');
    await closeAutoOpenedDialog(page);

    await page.keyboard.press('Control+K');
    const lookup = page.getByRole('dialog', { name: 'Look up an ID or name' });
    const field = lookup.getByRole('combobox', { name: /License ID, Customer ID/ });
    await expect(field).toBeFocused();
    await field.fill(original);
    const licenses = lookup.getByRole('group', { name: 'Licenses · CMS Dashboard' });
    const option = licenses.getByRole('option', { name: /replaced by this license/ });
    await expect(option).toContainText(successor);
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Enter');
    await expect(lookup).toBeHidden();
    await expect(page).toHaveURL(/\?manage=download$/);
    await expect(page.getByRole('dialog', { name: 'Manage Licenses' })).toContainText(successor);
  });

  test('a result opens its page with focus on the page’s heading; a license’s History opens over its row', async ({
    page,
  }) => {
    const sensor = typicalSite.fleet.sensors[0]?.serial ?? '';
    const sensorName = typicalSite.fleet.sensors[0]?.name ?? '';
    expect(sensor).not.toBe('');
    await page.goto('/');
    await closeAutoOpenedDialog(page);
    await page.keyboard.press('Control+K');
    const lookup = page.getByRole('dialog', { name: 'Look up an ID or name' });
    const field = lookup.getByRole('combobox', { name: /License ID, Customer ID/ });
    await field.fill(sensor);
    await expect(
      lookup.getByRole('group', { name: 'Sensors · License Manager' }).getByRole('option'),
    ).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(lookup).toBeHidden();
    // The sensor's page loads its code first; its heading takes focus when it arrives.
    await expect(page).toHaveURL(new RegExp(`/fleet/sensors/${sensor}$`));
    await expect(page.getByRole('heading', { level: 1, name: sensorName })).toBeFocused();

    const licenseId = replaced?.supersededBy ?? '';
    await page.keyboard.press('Control+K');
    await field.fill(licenseId);
    const cmsLicenses = lookup.getByRole('group', { name: 'Licenses · CMS Dashboard' });
    const history = cmsLicenses.getByRole('option', { name: `History of license ${licenseId}` });
    // The answer to this text is in when its first result is chosen.
    await expect(cmsLicenses.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(history).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `History of license ${licenseId}` });
    await expect(dialog.getByRole('table', { name: 'Events' })).toContainText('Purchased with PO-');
    await expect(page).toHaveURL(new RegExp(`manage=download&history=${licenseId}$`));
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  });

  test('Esc closes the lookup and gives focus back to the button that opened it', async ({
    page,
  }) => {
    await page.goto('/');
    await closeAutoOpenedDialog(page);
    const button = page.getByRole('button', { name: 'Look up an ID or name' });
    await button.click();
    const lookup = page.getByRole('dialog', { name: 'Look up an ID or name' });
    await expect(lookup.getByText(/Type at least 2 characters/)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(lookup).toBeHidden();
    await expect(button).toBeFocused();
  });
});
