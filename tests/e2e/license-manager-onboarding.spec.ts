import { expect, test } from '@playwright/test';
import { VALID_ACTIVATION_CODE } from '../../mocks/cloud/fleet-seed';

// LM-10, LM-11: new sensors take the pool's licenses; those left waiting take the next code's at once.

const NEW_SERIALS = Array.from({ length: 8 }, (_, i) => `D4000${i}`);

test('onboard 8 sensors on a pool of 5: 3 wait; a new code licenses them at once', async ({
  page,
}) => {
  await page.goto('/fleet?scenario=typical-site');
  await expect(page.getByText('Licenses left: 5')).toBeVisible();

  await page.getByRole('button', { name: 'Add sensors' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add sensors' });
  await dialog
    .getByRole('textbox', { name: 'Serial numbers' })
    .fill(NEW_SERIALS.map((serial, i) => `${serial}, Dock ${i + 1}`).join('\n'));
  await expect(dialog.getByText('8 sensors to add.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add 8 sensors' }).click();
  await expect(
    dialog.getByText('8 sensors added: 5 with a license, 3 waiting for one.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Licenses left: 0')).toBeVisible();

  // The three waiting sensors have no license yet.
  const search = page.getByRole('searchbox', { name: 'Search serial number or name' });
  await search.fill('D4000');
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  await expect(
    table.getByRole('row').filter({ has: page.getByText('No license', { exact: true }) }),
  ).toHaveCount(3);

  // LM-11: a redeemed code serves them the same moment.
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const code = page.getByRole('dialog', { name: 'Add licenses' });
  await code.getByRole('textbox', { name: 'Activation Code' }).fill(VALID_ACTIVATION_CODE);
  await code.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(
    page.getByText(/3 expired sensors with Auto Renewal on took one at once/),
  ).toBeVisible();
  await expect(
    table.getByRole('row').filter({ has: page.getByText('No license', { exact: true }) }),
  ).toHaveCount(0);
  await expect(page.getByText('Licenses left: 2')).toBeVisible();
});
