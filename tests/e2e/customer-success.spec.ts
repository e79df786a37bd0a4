import { expect, test, type Page } from '@playwright/test';
import { seedCustomerSuccess } from '../../mocks/cloud/seed';
import { closeManageLicenses, downloadTo, manageDialog } from './cms-steps';

// CS-1, CS-2: a failed segment controller's licenses reach its replacement through Customer Success.

const site = seedCustomerSuccess();
const garage = site.segmentControllers.find((c) => c.name === 'Parking Garage');
const campusCustomerId = site.customers.find((c) => c.name === 'P2022-0208')?.id ?? '';

async function signInAsAdministrator(page: Page) {
  await page
    .getByRole('button', { name: 'Sign in as Greta Hoffmann · License administrator' })
    .click();
  const search = page.getByRole('searchbox', { name: /^Search install codes/ });
  await expect(search).toBeVisible();
  return search;
}

test('RMA: Customer Success returns a failed controller’s licenses; its replacement activates them with the same expiry', async ({
  page,
}) => {
  if (!garage) throw new Error('The customer-success scenario has no Parking Garage');
  await page.goto('/support?scenario=customer-success');
  const search = await signInAsAdministrator(page);

  // CS-1: the install code as the customer reads it out, in groups, lower case.
  await search.fill(garage.installCode.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: /^Parking Garage · Offline/ }).click();
  const licenses = page.getByRole('table', { name: 'Licenses activated on it' });
  await expect(licenses.getByRole('row').filter({ hasText: '3-year maintenance' })).toContainText(
    '2028-05-19',
  );

  // CS-2: the number is required, and nothing changes without it.
  await page.getByRole('button', { name: 'Transfer licenses to cloud' }).click();
  const rma = page.getByRole('dialog', { name: 'Transfer licenses to cloud for Parking Garage' });
  await rma.getByRole('button', { name: 'Transfer licenses to cloud' }).click();
  await expect(rma.getByText('Enter the RMA or case number.')).toBeVisible();
  await rma.getByRole('textbox', { name: 'RMA or case number' }).fill('RMA-88231');
  await rma.getByRole('button', { name: 'Transfer licenses to cloud' }).click();
  await expect(rma).toHaveCount(0);
  await expect(
    page.getByText('Licenses returned by Customer Success (RMA-88231, 2026-11-23)'),
  ).toBeVisible();
  await expect(
    page.getByText('No licenses are activated on this segment controller.'),
  ).toBeVisible();

  // The replacement saves the same Customer ID, downloads and activates both licenses.
  await page.goto('/');
  const dialog = manageDialog(page);
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).first().click();
  await dialog
    .getByRole('textbox', { name: 'Customer ID for Parking Garage (replacement)' })
    .fill(campusCustomerId);
  await dialog.getByRole('button', { name: 'Save Changes' }).click();
  await expect(dialog.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await downloadTo(dialog, 'Parking Garage (replacement)', [
    '20-device capacity',
    '3-year maintenance (20 devices)',
  ]);
  await expect(dialog.getByText('2 of 2 licenses activated')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  // A's card says where its licenses went.
  const status = page.getByRole('region', { name: 'License Status' });
  await expect(status).toContainText(
    'Licenses returned by Customer Success (RMA-88231, 2026-11-23)',
  );

  // SS-13: the maintenance clock kept running, so the expiry is the one it had on A.
  await page.goto('/support');
  await search.fill('replacement');
  await page.getByRole('button', { name: /^Parking Garage \(replacement\)/ }).click();
  const onReplacement = page.getByRole('table', { name: 'Licenses activated on it' });
  await expect(
    onReplacement.getByRole('row').filter({ hasText: '3-year maintenance' }),
  ).toContainText('2028-05-19');
  await expect(
    onReplacement.getByRole('row').filter({ hasText: '20-device capacity' }),
  ).toBeVisible();
});

test('Remote CMS: Customer Success activates one for an account; Manage Licenses lists it on the CMS', async ({
  page,
}) => {
  await page.goto('/support?scenario=typical-site');
  const search = await signInAsAdministrator(page);
  await search.fill('P2022');
  await page.getByRole('button', { name: /^P2022-0208/ }).click();
  await page.getByRole('button', { name: 'Remote CMS license' }).click();
  const remote = page.getByRole('dialog', { name: 'Remote CMS license for P2022-0208' });
  await remote.getByRole('button', { name: 'Transfer and activate' }).click();
  await expect(remote.getByText('Enter the name of the CMS.')).toBeVisible();
  await expect(remote.getByText('Enter the RMA or case number.')).toBeVisible();
  await remote.getByRole('textbox', { name: 'CMS name' }).fill('cms.riverside.example');
  await remote.getByRole('textbox', { name: 'RMA or case number' }).fill('CASE-4410');
  await remote.getByRole('button', { name: 'Transfer and activate' }).click();
  await expect(
    page.getByText(/is active on cms\.riverside\.example until 2027-11-22/),
  ).toBeVisible();

  await page.goto('/');
  await closeManageLicenses(page);
  await expect(page.getByRole('region', { name: 'License Status' })).toContainText(
    'Remote CMS: up to 10 segment controllers, expires 2027-11-22',
  );
  await page
    .getByRole('region', { name: 'License Status' })
    .getByRole('button', { name: 'Manage Licenses' })
    .click();
  const row = manageDialog(page)
    .getByRole('table', { name: 'Activated licenses' })
    .getByRole('row')
    .filter({ hasText: 'Remote CMS (up to 10 segment controllers), 1-year' });
  await expect(row).toContainText('CMS');
});
