import { expect, test, type Page } from '@playwright/test';
import { HUNDRED_LICENSE_CODE, seedFleet, TEN_LICENSE_CODES } from '../../mocks/cloud/fleet-seed';
import { goToDate } from './simulation';

// LM-10, LM-11, LM-12: onboarding on a code, renewal that catches up, and a bulk switch that
// decides which sensors expire a year later.

const TODAY = '2026-11-23';
/** The new sensors' licenses (12 months from today) end on 2027-11-22; a day after that. */
const A_YEAR_ON = '2027-11-23';
const NEW_SERIALS = Array.from({ length: 20 }, (_, i) => `E2E0${i.toString(16).padStart(2, '0')}`);
const office = seedFleet(TODAY).sensors.filter((s) => s.location === 'Office');
/** Office sensors whose licenses (with their queue) end before A_YEAR_ON: with Auto Renewal off they expire. */
const officeExpiring = office.filter((s) => {
  const end = (s.queue.at(-1) ?? s.current)?.endDate;
  return end !== undefined && end < A_YEAR_ON;
});

const table = (page: Page) => page.getByRole('table', { name: 'Sensors', exact: true });
const search = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search serial number or name' });
const statusFilter = (page: Page) => page.getByRole('group', { name: 'Filter by status' });

async function redeem(page: Page, code: string, renewed: number) {
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add licenses' });
  await dialog.getByRole('textbox', { name: 'Activation Code' }).fill(code);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  if (renewed > 0) {
    await expect(
      page.getByText(
        new RegExp(`${renewed} expired sensors with Auto Renewal on took one at once`),
      ),
    ).toBeVisible();
  }
  await expect(dialog).toBeHidden();
}

test('onboard 20 on a code of 10 → another code renews the rest → Auto Renewal off for a location → a year on, they expire and the rest renew', async ({
  page,
}) => {
  expect(officeExpiring.length).toBeGreaterThan(0);
  await page.goto('/fleet?scenario=fleet-onboarding');
  await expect(page.getByText('Licenses left: 0')).toBeVisible();

  // LM-10: 20 new sensors, a code of 10 in the same dialog: 10 licensed, 10 waiting.
  await page.getByRole('button', { name: 'Add sensors' }).click();
  const adding = page.getByRole('dialog', { name: 'Add sensors' });
  await adding
    .getByRole('textbox', { name: 'Serial numbers' })
    .fill(NEW_SERIALS.map((serial, i) => `${serial}, Bay ${i + 1}`).join('\n'));
  await adding.getByRole('combobox', { name: 'Location' }).click();
  await page.getByRole('option', { name: 'Warehouse' }).click();
  await adding
    .getByRole('textbox', { name: 'Activation Code (optional)' })
    .fill(TEN_LICENSE_CODES[0]);
  await adding.getByRole('button', { name: 'Add 20 sensors' }).click();
  await expect(
    adding.getByText('20 sensors added: 10 with a license, 10 waiting for one.'),
  ).toBeVisible();
  await adding.getByRole('button', { name: 'Done' }).click();
  await search(page).fill('E2E0');
  await expect(statusFilter(page).getByRole('button', { name: 'No license (10)' })).toBeVisible();

  // LM-11: the second code serves the 10 waiting sensors at once.
  await redeem(page, TEN_LICENSE_CODES[1], 10);
  await expect(statusFilter(page).getByRole('button', { name: 'Active (20)' })).toBeVisible();
  await expect(page.getByText('Licenses left: 0')).toBeVisible();

  // LM-12: Auto Renewal off for everything the Office filter matches, counted before confirming.
  await search(page).fill('');
  await page.getByRole('combobox', { name: 'Location' }).click();
  await page.getByRole('option', { name: 'Office' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^10 of 60 sensors$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Turn Auto Renewal off…' }).click();
  const bulk = page.getByRole('dialog', { name: 'Turn Auto Renewal off' });
  await expect(bulk).toContainText('All 10 sensors that match the search and filters');
  await bulk.getByRole('button', { name: 'Turn off for 10 sensors' }).click();
  await expect(bulk.getByText('Done for 10 of 10 sensors.')).toBeVisible();
  await bulk.getByRole('button', { name: 'Done' }).click();
  await expect(
    table(page).getByRole('switch', { checked: true, name: /^Auto Renewal for/ }),
  ).toHaveCount(0);

  // A year's renewals in the pool, then the clock passes the new sensors' expiry.
  await redeem(page, HUNDRED_LICENSE_CODE, 0);
  await goToDate(page, A_YEAR_ON);

  // Office: Auto Renewal off, so every sensor whose licenses ran out is expired.
  await expect(
    statusFilter(page).getByRole('button', { name: `Expired (${officeExpiring.length})` }),
  ).toBeVisible();
  // The new sensors, Auto Renewal on: renewed from the pool on the day after they ran out.
  await page.getByRole('combobox', { name: 'Location' }).click();
  await page.getByRole('option', { name: 'All locations' }).click();
  await search(page).fill('E2E0');
  await expect(statusFilter(page).getByRole('button', { name: 'Active (20)' })).toBeVisible();
  await expect(statusFilter(page).getByRole('button', { name: 'Expired (0)' })).toBeVisible();
  await table(page).getByRole('button', { name: NEW_SERIALS[0], exact: true }).click();
  const panel = page.getByRole('dialog', { name: 'Bay 1' });
  await expect(panel).toContainText(`Renewed from the pool on ${A_YEAR_ON}`);

  // AU-1: an Office sensor's History (its permalink) names who switched it off in the bulk action,
  // which the cloud recorded as one event for ten sensors, and gives its expiry to the cloud.
  const switchedOff = officeExpiring.find((s) => s.autoRenewal);
  if (!switchedOff)
    throw new Error('The fleet seed has changed: no Office sensor with Auto Renewal on');
  await page.goto(`/fleet/sensors/${switchedOff.serial}?sensorHistory=${switchedOff.serial}`);
  const history = page.getByRole('dialog', { name: `History of sensor ${switchedOff.name}` });
  const events = history.getByRole('table', { name: 'Events' });
  await expect(events.getByRole('row').filter({ hasText: 'Auto Renewal switched' })).toContainText(
    'Auto Renewal: on → off',
  );
  await expect(events.getByRole('row').filter({ hasText: 'Auto Renewal switched' })).toContainText(
    'Anna Kowalska · Administrator · License Manager',
  );
  await expect(events.getByRole('row').last()).toContainText(/License of key .* expired/);
  await expect(events.getByRole('row').last()).toContainText('The cloud');
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: switchedOff.name })).toBeVisible();
});
