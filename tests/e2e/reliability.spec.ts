import { expect, test, type Page } from '@playwright/test';
import { seedFleet } from '../../mocks/cloud/fleet-seed';

const TODAY = '2026-11-23';
/** Auto Renewal on in the seed, expiring 2026-12-05. */
const ROOM_03 = seedFleet(TODAY).sensors.find((s) => s.serial === '282D97');

function autoRenewal(page: Page) {
  if (!ROOM_03) throw new Error('The fleet seed has changed: no sensor 282D97');
  return page.getByRole('switch', { name: `Auto Renewal for ${ROOM_03.name} (282D97)` });
}

async function openRoom03(page: Page) {
  await page.goto('/fleet?scenario=typical-site&latency=0&search=282D97');
  await expect(autoRenewal(page)).toBeVisible();
}

test('R4 — offline: a banner, the command waits, and is sent once when the connection returns', async ({
  page,
  context,
}) => {
  await openRoom03(page);
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/auto-renewal')) sent.push(request.method());
  });
  await expect(autoRenewal(page)).toBeChecked();

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();
  await autoRenewal(page).click();
  // The switch turns off on screen in a render after the click's handler has run, and a request the
  // handler started would be reported before that render is: so nothing has gone out.
  await expect(autoRenewal(page)).not.toBeChecked();
  expect(sent).toEqual([]);

  const answered = page.waitForResponse((response) => response.url().endsWith('/auto-renewal'));
  await context.setOffline(false);
  await expect(page.getByText('You are offline')).toBeHidden();
  expect((await answered).ok()).toBe(true);

  // The cloud kept it: a reload (which continues the saved cloud) shows it off. Whatever the page
  // sent before the reload has been reported by then: one PUT, not one per reconnect or retry.
  await page.reload();
  await expect(autoRenewal(page)).toBeVisible();
  await expect(autoRenewal(page)).not.toBeChecked();
  expect(sent).toEqual(['PUT']);
});

test('R15 — a note that looks like markup is shown as text in a real browser, and runs nothing', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  await page.goto('/?manage=licenses&scenario=typical-site&latency=0');
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await dialog
    .getByRole('button', { name: /^Add a note to license/ })
    .first()
    .click();
  await dialog.getByRole('textbox', { name: /^Note for license/ }).fill(payload);
  await dialog.getByRole('textbox', { name: /^Note for license/ }).press('Enter');
  await expect(dialog.getByRole('button', { name: `Edit note: ${payload}` })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('dialog', { name: /^Manage Licenses/ }).getByText(payload),
  ).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
