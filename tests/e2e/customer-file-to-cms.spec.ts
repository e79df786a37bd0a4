import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { campusFreeCapacity as capacity, plantRoom } from './typical-site';

const TODAY = '2026-11-23';

function manageDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

async function uploadInAddLicense(dialog: Locator, file: string) {
  await dialog.getByRole('button', { name: 'Add License' }).click();
  await dialog.getByLabel('License file').setInputFiles(file);
}

test('CP-3 → SS-50: a customer’s offline capacity file is activated once in the CMS', async ({
  page,
}) => {
  if (!capacity || !plantRoom) throw new Error('The seed has changed');

  // CP-1: sign in to the License Customer Portal with an EID.
  await page.goto('/customer');
  await page.getByRole('textbox', { name: 'License ID (EID)' }).fill(capacity.id);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByText('Signed in as')).toContainText('P2022-0208');

  // CP-3: one capacity license, Plant Room's install code, Create → a download.
  const table = page.getByRole('table', { name: 'Your licenses' });
  await table.getByRole('checkbox', { name: `Select ${capacity.id} for the file` }).check();
  await page.getByRole('textbox', { name: 'Install code' }).fill(plantRoom.installCode);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${plantRoom.installCode}.lic`);
  const file = join(tmpdir(), `cp-${test.info().testId}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  expect(await readFile(file, 'utf8')).toContain(plantRoom.installCode);
  await expect(page.getByText(`${plantRoom.installCode}.lic`)).toBeVisible();

  // SS-50: the dashboard's Manage Licenses dialog opens by itself; Add License with the file.
  await page.goto('/');
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await uploadInAddLicense(dialog, file);
  await expect(dialog.getByRole('region', { name: 'License file contents' })).toContainText(
    '100-device capacity',
  );
  await expect(dialog.getByRole('combobox', { name: 'Target segment controller' })).toContainText(
    'Plant Room',
  );
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog.getByText('1 license activated on Plant Room')).toBeVisible();

  await dialog.getByRole('button', { name: 'Back' }).click();
  const licenses = dialog.getByRole('table', { name: 'Activated licenses' });
  const row = licenses
    .getByRole('row')
    .filter({ hasText: 'Plant Room' })
    .filter({ hasText: '100-device capacity' });
  await expect(row).toContainText(TODAY);

  // SS-51: the same file again is refused as already used.
  await uploadInAddLicense(dialog, file);
  await expect(dialog.getByText(/was already used/)).toBeVisible();
});
