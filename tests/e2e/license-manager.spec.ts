import { expectNoAxeViolations } from './axe';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { goToDate } from './simulation';
import {
  seedFleet,
  USED_ACTIVATION_CODE,
  VALID_ACTIVATION_CODE,
} from '../../mocks/cloud/fleet-seed';

const TODAY = '2026-11-23';

// The seed is deterministic (SEED_TODAY 2026-11-23): these are the sensors the served app starts with.
const fleet = seedFleet(TODAY);
/** Expiring 2026-11-27, nothing queued: gets a queued license, which takes over on 2026-11-28. */
const ROOM_01 = { serial: '282C6F', name: 'Room 01' };
/** Expiring 2026-12-05, Auto Renewal on, nothing queued: takes a license from the pool. */
const ROOM_03 = { serial: '282D97', name: 'Room 03' };
/** Expiring 2026-11-30, nothing queued: its Auto Renewal is switched off, so it expires. */
const ROOM_09 = { serial: '28310F', name: 'Room 09' };

function seeded(serial: string) {
  const sensor = fleet.sensors.find((s) => s.serial === serial);
  if (!sensor) throw new Error(`The fleet seed has changed: no sensor ${serial}`);
  return sensor;
}

function sensorsTable(page: Page) {
  // `exact`: the renewal chart also has a (visually hidden) data table.
  return page.getByRole('table', { name: 'Sensors', exact: true });
}

/** "N of M sensors" under the filters, exactly (`1 of 40`, not the end of `21 of 40`). */
function countLine(page: Page, text: string) {
  return page.getByText(text, { exact: true });
}

/** Searches one serial number and waits for the table to show exactly that sensor's row. */
async function findSensor(page: Page, serial: string, fleetSize: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search serial number or name' }).fill(serial);
  const table = sensorsTable(page);
  await expect(countLine(page, `1 of ${fleetSize} sensors`)).toBeVisible();
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const rows = table.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(1);
  const row = rows.filter({ hasText: serial });
  await expect(row).toBeVisible();
  return row;
}

function licensesLeft(page: Page) {
  return page.getByText(/^Licenses left: /);
}

test('LM-2, LM-5, LM-6: redeem a code → queue a license → the clock passes expiries → succession, auto renewal, expiry', async ({
  page,
}) => {
  // The sensors this journey relies on are what the seed says they are.
  for (const { serial } of [ROOM_01, ROOM_03, ROOM_09]) {
    const sensor = seeded(serial);
    expect(sensor.queue).toEqual([]);
    expect(sensor.autoRenewal).toBe(true);
  }
  expect(seeded(ROOM_01.serial).current?.endDate).toBe('2026-11-27');
  expect(seeded(ROOM_03.serial).current?.endDate).toBe('2026-12-05');
  expect(seeded(ROOM_09.serial).current?.endDate).toBe('2026-11-30');

  await page.goto('/fleet?scenario=typical-site');
  await expect(page.getByRole('heading', { level: 1, name: 'License Manager' })).toBeVisible();
  await expect(countLine(page, '40 of 40 sensors')).toBeVisible();
  await expect(licensesLeft(page)).toHaveText('Licenses left: 5');
  const statusFilter = page.getByRole('group', { name: 'Filter by status' });
  await expect(statusFilter.getByRole('button', { name: 'Expiring (10)' })).toBeVisible();
  await expect(statusFilter.getByRole('button', { name: 'Expired (5)' })).toBeVisible();

  // LM-2: a used code is refused with its own message; the good one adds 5 licenses.
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const codeDialog = page.getByRole('dialog', { name: 'Add licenses' });
  const codeField = codeDialog.getByRole('textbox', { name: 'Activation Code' });
  await codeField.fill(USED_ACTIVATION_CODE);
  await codeDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(codeDialog).toContainText(
    `The activation code ${USED_ACTIVATION_CODE} was already used on 2026-03-02.`,
  );
  await codeField.fill(VALID_ACTIVATION_CODE);
  await codeDialog.getByRole('button', { name: 'Add', exact: true }).click();
  // A success toast stays 6 s: read it first, then check the dialog closed (on a busy machine the
  // dialog's exit could take long enough for the toast to be gone before it is looked for).
  const added = page.getByRole('status').filter({ hasText: 'added to the pool' });
  await expect(added).toContainText(/^5 licenses × 24 months added to the pool \(key LK-/);
  const newKey = /\(key (LK-[0-9A-F]{4}-[0-9A-F]{4})\)/.exec(
    (await added.textContent()) ?? '',
  )?.[1];
  await expect(codeDialog).toBeHidden();
  if (!newKey) throw new Error('The new license key is not in the message');
  await expect(licensesLeft(page)).toHaveText('Licenses left: 10');
  await expect(page.getByText(`${newKey} × 5 (24 mo)`)).toBeVisible();

  // LM-5: Room 01 has a running license, so a license of the new key is queued after it.
  const room01 = await findSensor(page, ROOM_01.serial, '40');
  await expect(room01).toContainText('2026-11-27');
  await expect(room01).toContainText('4 days left');
  await room01
    .getByRole('button', { name: `Add license to ${ROOM_01.name} (${ROOM_01.serial})` })
    .click();
  const assign = page.getByRole('dialog', {
    name: `Add license to ${ROOM_01.name} (${ROOM_01.serial})`,
  });
  await assign.getByRole('radio', { name: `${newKey} · 24 months · 5 left` }).check();
  await expect(assign.getByRole('status')).toHaveText(
    'Queued: starts 2026-11-28, ends 2028-11-27.',
  );
  await assign.getByRole('button', { name: 'Queue license' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `License queued on ${ROOM_01.name}` }),
  ).toHaveText(`License queued on ${ROOM_01.name}: it starts 2026-11-28.`);
  await expect(assign).toBeHidden();
  await expect(licensesLeft(page)).toHaveText('Licenses left: 9');
  await expect(room01).toContainText('1 queued');

  // The sensor panel shows the queued license's start and end dates.
  await room01.getByRole('button', { name: ROOM_01.serial, exact: true }).click();
  const panel = page.getByRole('dialog', { name: ROOM_01.name });
  await expect(panel.getByRole('heading', { name: 'Queued licenses' })).toBeVisible();
  const queued = panel.getByRole('list', { name: 'Queued licenses' }).getByRole('listitem');
  await expect(queued).toHaveCount(1);
  await expect(queued).toContainText(`1. ${newKey} · 24 months`);
  await expect(queued).toContainText('Starts 2026-11-28 · ends 2028-11-27');
  await expect(panel).toContainText('2026-11-27 · 4 days left');
  await panel.getByRole('button', { name: 'Close sensor details' }).click();
  await expect(panel).toBeHidden();

  // LM-6: Room 09's Auto Renewal is switched off before its license ends.
  const room09 = await findSensor(page, ROOM_09.serial, '40');
  const room09Switch = room09.getByRole('switch', {
    name: `Auto Renewal for ${ROOM_09.name} (${ROOM_09.serial})`,
  });
  await expect(room09Switch).toBeChecked();
  await room09Switch.uncheck();
  await expect(room09Switch).not.toBeChecked();
  // The panel shows what the cloud saved (the row's switch shows the click at once).
  await room09.getByRole('button', { name: ROOM_09.serial, exact: true }).click();
  const room09Panel = page.getByRole('dialog', { name: ROOM_09.name });
  await expect(
    room09Panel.getByRole('switch', {
      name: `Auto Renewal for ${ROOM_09.name} (${ROOM_09.serial})`,
    }),
  ).not.toBeChecked();
  await room09Panel.getByRole('button', { name: 'Close sensor details' }).click();
  await expect(room09Panel).toBeHidden();

  const room03 = await findSensor(page, ROOM_03.serial, '40');
  await expect(room03).toContainText('2026-12-05');
  await expect(
    room03.getByRole('switch', { name: `Auto Renewal for ${ROOM_03.name} (${ROOM_03.serial})` }),
  ).toBeChecked();

  // Past Room 01's (11-27), Room 09's (11-30) and Room 03's (12-05) expiry.
  await goToDate(page, '2026-12-06');

  // LM-5: the queued license took over the day after the current one ended, with no gap.
  const room01After = await findSensor(page, ROOM_01.serial, '40');
  await expect(room01After).toContainText('2026-11-28');
  await expect(room01After).toContainText('2028-11-27');
  await expect(room01After).toContainText(`${newKey} (1)`);
  await expect(room01After).not.toContainText('queued');
  await room01After.getByRole('button', { name: ROOM_01.serial, exact: true }).click();
  await expect(panel).toContainText(/Expires at\s*2028-11-27 · \d+ days left/);
  await expect(panel).toContainText(/Activation date\s*2026-11-28/);
  await expect(panel).toContainText('Nothing queued.');
  await panel.getByRole('button', { name: 'Close sensor details' }).click();
  await expect(panel).toBeHidden();

  // LM-6: Room 03 took the oldest license of the pool the day after it ended.
  await expect(licensesLeft(page)).toHaveText('Licenses left: 8');
  const room03After = await findSensor(page, ROOM_03.serial, '40');
  await expect(room03After).toContainText('2026-12-06');
  await expect(room03After).toContainText('2028-12-05');
  await expect(room03After).toContainText('LK-3F9A-22C1 (1)');
  await expect(room03After).not.toContainText('Expired');

  // LM-4, LM-6: with Auto Renewal off Room 09 expired and is shown as Expired.
  const room09After = await findSensor(page, ROOM_09.serial, '40');
  await expect(room09After).toContainText('2026-11-30');
  await expect(room09After).toContainText('Expired 6 days ago');
  await room09After.getByRole('button', { name: ROOM_09.serial, exact: true }).click();
  await expect(room09Panel.getByRole('note')).toContainText('The license expired on 2026-11-30.');
  await room09Panel.getByRole('button', { name: 'Close sensor details' }).click();
  await expect(room09Panel).toBeHidden();

  // The status filter agrees: one more expired sensor (Room 09), not Room 01 or Room 03.
  await page.getByRole('searchbox', { name: 'Search serial number or name' }).fill('');
  await expect(countLine(page, '40 of 40 sensors')).toBeVisible();
  await statusFilter.getByRole('button', { name: 'Expired (6)' }).click();
  await expect(countLine(page, '6 of 40 sensors')).toBeVisible();
  const expiredRows = sensorsTable(page).locator('tbody').getByRole('row');
  await expect(expiredRows).toHaveCount(6);
  await expect(expiredRows.filter({ hasText: ROOM_09.serial })).toHaveCount(1);
  await expect(expiredRows.filter({ hasText: ROOM_03.serial })).toHaveCount(0);
  await expect(expiredRows.filter({ hasText: ROOM_01.serial })).toHaveCount(0);
});

test('LM-8: 10,000 sensors: search one serial, sort by serial, scroll to the last row', async ({
  page,
}) => {
  await page.goto('/fleet?scenario=large-fleet');
  const table = sensorsTable(page);
  await expect(countLine(page, '10,000 of 10,000 sensors')).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  // The default order is Expires at, ascending (LM-8).
  await expect(table.getByRole('columnheader', { name: 'Expires at' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  // Sensor index 0x1F3F = 7999 is "Sensor 8000".
  const row = await findSensor(page, 'S0001F3F', '10,000');
  await expect(row).toContainText('Sensor 8000');

  await page.getByRole('searchbox', { name: 'Search serial number or name' }).fill('');
  await expect(countLine(page, '10,000 of 10,000 sensors')).toBeVisible();

  await table.getByRole('button', { name: 'Sensor serial number / name' }).click();
  await expect(
    table.getByRole('columnheader', { name: 'Sensor serial number / name' }),
  ).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('columnheader', { name: 'Expires at' })).not.toHaveAttribute(
    'aria-sort',
  );
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const firstRow = table.locator('tbody tr[aria-rowindex="2"]');
  await expect(firstRow).toContainText('S0000000');
  await expect(firstRow).toContainText('Sensor 1');

  // Scrolled to the bottom, the last sensor is in view; only a window of rows is in the page.
  // The table scrolls in its own container (fixed height), below the chart: bring it into view first.
  const scroller = table.locator('xpath=..');
  await scroller.scrollIntoViewIfNeeded();
  await scroller.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  const lastRow = table.locator('tbody tr[aria-rowindex="10001"]');
  await expect(lastRow).toContainText('S000270F');
  await expect(lastRow).toContainText('Sensor 10000');
  // (The sticky header is 38.3 px high, so the last row may sit a fraction of a pixel below the edge.)
  await expect(lastRow).toBeInViewport({ ratio: 0.9 });
  expect(await table.locator('tbody tr').count()).toBeLessThan(100);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the License Manager and a sensor's panel have no axe violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/fleet?scenario=typical-site');
    await expect(countLine(page, '40 of 40 sensors')).toBeVisible();
    await expect(sensorsTable(page)).toHaveAttribute('aria-busy', 'false');
    await expect(page.getByText(/sensors run out in the next 12 months/)).toBeVisible();
    await expectNoAxeViolations(page);
    await sensorsTable(page).getByRole('button', { name: ROOM_01.serial, exact: true }).click();
    await expect(page.getByRole('dialog', { name: ROOM_01.name })).toContainText('Current license');
    await expectNoAxeViolations(page);
  });
}
