import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedTypicalSite } from '../../mocks/cloud/seed';

const seed = seedTypicalSite();
const campusCustomerId = seed.customers.find((c) => c.name === 'P2022-0208')?.id ?? '';
const TODAY = '2026-11-23';

/** The simulated cloud in the page answers its dev route like any other (MC-4). */
async function setActivationPace(page: Page, activationMsPerLicense: number) {
  const status = await page.evaluate(
    async (body) => {
      const response = await fetch('/api/dev/activation-pace', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { activationMsPerLicense },
  );
  expect(status).toBe(200);
}

function manageDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

/** Opens the dashboard; on the typical site Manage Licenses opens by itself (SS-2). */
async function openDialog(page: Page) {
  await page.goto('/');
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  return dialog;
}

async function filterTo(page: Page, dialog: Locator, name: string) {
  await dialog.getByRole('combobox', { name: 'Segment controller' }).click();
  await page.getByRole('option', { name }).click();
}

/** The Devices legend's count for one state, exactly (`Unprovisioned 100`, not a substring). */
async function expectDeviceCount(page: Page, controller: string, state: string, count: number) {
  const item = page
    .getByRole('list', { name: `Device states on ${controller}` })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${state}`) });
  await expect(item).toHaveText(new RegExp(`^${state}\\s*${count}(?!\\d)`));
}

test('Customer ID → download → select two → ACTIVATE → the rows appear with today’s date', async ({
  page,
}) => {
  const dialog = await openDialog(page);
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).click();

  const field = dialog.getByRole('textbox', { name: 'Customer ID for Plant Room' });
  await field.fill(`  ${campusCustomerId.toUpperCase()}  `);
  await dialog.getByRole('button', { name: 'Save Changes' }).click();
  await expect(field).toHaveValue(campusCustomerId);
  await expect(dialog.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).click();
  const table = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  // SS-76: each license once, offered to every online segment controller that saved the Customer ID.
  const rows = table.getByRole('row').filter({ hasText: 'Plant Room' });
  await expect(rows).toHaveCount(3);

  const capacity = rows.filter({ hasText: '100-device capacity' });
  const maintenance = rows.filter({ hasText: '1-year maintenance (100 devices)' });
  for (const row of [capacity, maintenance]) {
    await row.getByRole('combobox').selectOption({ label: 'Plant Room' });
    await row.getByRole('checkbox').check();
  }
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog.getByText('2 of 2 licenses activated')).toBeVisible();
  await expect(dialog.getByRole('status')).toContainText('Activated on Plant Room:');

  await dialog.getByRole('button', { name: 'Back' }).click();
  await filterTo(page, dialog, 'Plant Room');
  const licenses = dialog.getByRole('table', { name: 'Activated licenses' });
  await expect(licenses.getByRole('row').filter({ hasText: '100-device capacity' })).toContainText(
    TODAY,
  );
  await expect(
    licenses.getByRole('row').filter({ hasText: '1-year maintenance (100 devices)' }),
  ).toContainText(TODAY);
  // Capacity 125 now covers Plant Room's 30 devices.
  await expect(dialog.getByText('Plant Room: 5 of 30 devices are unlicensed')).toHaveCount(0);
});

test('Transfer to Cloud → devices purple → activate capacity → blue → provision → green', async ({
  page,
}) => {
  const dialog = await openDialog(page);
  await filterTo(page, dialog, 'Main Hall');
  await dialog.getByRole('button', { name: 'Transfer to Cloud' }).click();
  const confirm = page.getByRole('dialog', { name: 'Transfer licenses to the cloud?' });
  await expect(confirm).toContainText('2 capacity and 2 maintenance licenses');
  await confirm.getByRole('button', { name: 'Transfer Licenses' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByText('No licenses activated on Main Hall')).toBeVisible();

  await dialog.getByRole('button', { name: 'Close' }).click();
  const devices = page.getByRole('region', { name: 'Devices' });
  await devices.getByRole('tab', { name: 'Main Hall' }).click();
  await expectDeviceCount(page, 'Main Hall', 'Unlicensed', 128);
  await expectDeviceCount(page, 'Main Hall', 'Provisioned', 0);

  await page.getByRole('button', { name: 'Manage Licenses', exact: true }).click();
  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).click();
  const table = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  const capacity = table
    .getByRole('row')
    .filter({ hasText: 'Main Hall' })
    .filter({ hasText: '100-device capacity' })
    .first();
  await capacity.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog.getByText('1 of 1 license activated')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expectDeviceCount(page, 'Main Hall', 'Unprovisioned', 100);
  await expectDeviceCount(page, 'Main Hall', 'Unlicensed', 28);
  await devices.getByRole('button', { name: 'Provision all (100)' }).click();
  await expectDeviceCount(page, 'Main Hall', 'Provisioned', 100);
  await expectDeviceCount(page, 'Main Hall', 'Unprovisioned', 0);
});

test('a reload in the middle of an activation: the job continues and finishes', async ({
  page,
}) => {
  // Ten minutes per license: the job is still running, however slow the machine.
  await page.goto('/?activation-ms=600000');
  const dialog = manageDialog(page);
  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).click();
  const table = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  const mainHallRows = table.getByRole('row').filter({ hasText: 'Main Hall' });
  await expect(mainHallRows).toHaveCount(3);
  for (const row of await mainHallRows.all()) await row.getByRole('checkbox').check();
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog.getByText(/Activating 1 of 3/)).toBeVisible();

  await page.reload();
  const reopened = manageDialog(page);
  await expect(reopened.getByText(/Activating 1 of 3/)).toBeVisible();

  // The cloud speeds up (as if the minutes had passed): the reloaded page's polling sees the job end.
  await setActivationPace(page, 0);
  await expect(reopened.getByText('3 of 3 licenses activated')).toBeVisible();

  await reopened.getByRole('button', { name: 'Back' }).click();
  await filterTo(page, reopened, 'Main Hall');
  await expect(
    reopened
      .getByRole('table', { name: 'Activated licenses' })
      .getByRole('row')
      .filter({ hasText: TODAY }),
  ).toHaveCount(3);
});
