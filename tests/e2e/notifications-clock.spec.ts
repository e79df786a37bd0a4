import { expect, test } from '@playwright/test';
import { goToDate } from './simulation';

test('notifications → the clock passes the 30-day mark → the e-mail is sent → Expiring → Expired', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Edit Notifications' }).click();
  await dialog
    .getByRole('textbox', { name: 'Add a recipient' })
    .fill('facilities@riverside.example');
  await dialog.getByRole('textbox', { name: 'Add a recipient' }).press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Notification settings saved.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Main Hall's 1-year maintenance ends 2027-04-19: its 30-day notice is due on 2027-03-20.
  await goToDate(page, '2027-03-21');
  await page.getByRole('button', { name: 'Manage Licenses', exact: true }).click();
  await dialog.getByRole('button', { name: 'Edit Notifications' }).click();
  await dialog.getByRole('button', { name: 'Sent notifications' }).click();
  const outbox = dialog.getByRole('table', { name: 'Sent notifications' });
  const notice = outbox
    .getByRole('row')
    .filter({ hasText: 'Maintenance license expires in 30 days: Main Hall' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('2027-03-20');
  await expect(notice).toContainText('facilities@riverside.example');

  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Back' }).click();
  const licenses = dialog.getByRole('table', { name: 'Activated licenses' });
  const mainHallOneYear = licenses
    .getByRole('row')
    .filter({ hasText: 'Main Hall' })
    .filter({ hasText: '1-year maintenance (50 devices)' });
  await expect(mainHallOneYear).toContainText('Expiring 2027-04-19');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await goToDate(page, '2027-04-20');
  await page.getByRole('button', { name: 'Manage Licenses', exact: true }).click();
  await expect(mainHallOneYear).toContainText('Expired 2027-04-19');
  await dialog.getByRole('button', { name: 'Close' }).click();
  // With its 50-device maintenance expired, Main Hall's 150 devices of capacity are no longer all covered.
  await expect(page.getByRole('region', { name: 'License Status' })).toContainText(
    'Maintenance covers 100 of 150 devices; 50 more needed',
  );
});
