import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { NAV_DRAWER_BELOW_PX } from '@/app/areas';
import { campus, campusFreeCapacity as freeCapacity, plantRoom, typicalSite } from './typical-site';
import {
  checkDialog,
  checkPage,
  expectAxeClean,
  expectNoPageScrollSideways,
  expectScheme,
  attachScreenshot,
  type ColorScheme,
} from './responsive-checks';

/**
 * Issue 18 (UX-2): every route state and every dialog view on a phone, a small laptop and a
 * desktop, in the light scheme and, on the phone, the dark one. No sideways scroll, dialogs
 * full-screen on phones, every area reachable, no WCAG 2.2 AA violation axe can find, and a
 * screenshot of each kept. One page per app walks through its states one after another, so each
 * added view costs a check, not a page load.
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, schemes: ['light', 'dark'] },
  { name: 'laptop', width: 1024, height: 768, schemes: ['light'] },
  { name: 'desktop', width: 1440, height: 900, schemes: ['light'] },
] as const;

const AREAS = [
  { label: 'CMS Dashboard', path: '/', heading: 'CMS Dashboard' },
  { label: 'Partner Portal', path: '/partner', heading: 'License Partner Portal' },
  { label: 'Customer Portal', path: '/customer', heading: 'License Customer Portal' },
  { label: 'License Manager', path: '/fleet', heading: 'License Manager' },
  { label: 'Customer Success', path: '/support', heading: 'Customer Success' },
] as const;

/** One of the campus customer's EIDs, which the customer portal signs in with. */
const campusLicense = typicalSite.licenses.find((l) => l.customerId === campus?.id);
/** The fleet seed's Room 02 (sensor 7): an expiring license with two queued after it. */
const QUEUED_SENSOR = { serial: '282D03', name: 'Room 02' };

/** One look at a state: its page, or a dialog over it. */
interface Looker {
  page: (name: string) => Promise<void>;
  dialog: (name: string, dialog: Locator) => Promise<void>;
}

/** SS-2: on the typical site Manage Licenses opens by itself once per session. */
function manageDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

async function closeManageDialog(page: Page) {
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

/** Cancels a dialog and waits until it is gone. */
async function cancel(dialog: Locator) {
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

/** The CMS: every view of Manage Licenses (SS-8), Transfer's confirmation, then the dashboard. */
async function walkCms(page: Page, look: Looker) {
  const dialog = manageDialog(page);
  const list = dialog.getByRole('table', { name: 'Activated licenses' });
  await expect(list).toBeVisible();
  await look.dialog('manage-licenses-dialog', dialog);

  const backToList = async () => {
    await dialog.getByRole('button', { name: 'Back' }).click();
    await expect(list).toBeVisible();
  };

  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Customer ID for Plant Room' })).toBeVisible();
  await look.dialog('manage-customer-accounts', dialog);
  await backToList();

  await dialog.getByRole('button', { name: 'Download Licenses from the Cloud' }).click();
  const cloudLicenses = dialog.getByRole('table', { name: 'Licenses available in the cloud' });
  await expect(
    cloudLicenses.getByRole('row').filter({ hasText: 'Main Hall' }).first(),
  ).toBeVisible();
  await look.dialog('manage-download', dialog);
  await backToList();

  await dialog.getByRole('button', { name: 'Add License' }).click();
  await expect(dialog.getByRole('button', { name: 'Choose file' })).toBeVisible();
  await look.dialog('manage-add-license', dialog);
  await backToList();

  await dialog.getByRole('button', { name: 'Edit Notifications' }).click();
  const sent = dialog.getByRole('button', { name: 'Sent notifications' });
  await expect(sent).toBeVisible();
  await look.dialog('manage-edit-notifications', dialog);
  await sent.click();
  await expect(
    dialog
      .getByRole('table', { name: 'Sent notifications' })
      .or(dialog.getByText('No notifications sent yet')),
  ).toBeVisible();
  await expect(dialog.locator('[aria-busy="true"]')).toHaveCount(0);
  await look.dialog('manage-sent-notifications', dialog);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(sent).toBeVisible();
  await backToList();

  // SS-41: Transfer needs a list of online segment controllers only.
  await dialog.getByRole('combobox', { name: 'Segment controller' }).click();
  await page.getByRole('option', { name: 'Main Hall' }).click();
  await dialog.getByRole('button', { name: 'Transfer to Cloud' }).click();
  const confirm = page.getByRole('dialog', { name: 'Transfer licenses to the cloud?' });
  await expect(confirm.getByRole('list', { name: 'Licenses to transfer' })).toBeVisible();
  await look.dialog('manage-transfer-to-cloud', confirm);
  await cancel(confirm);

  // AU-1: a license's History over Manage Licenses.
  await dialog
    .getByRole('button', { name: /^History of license / })
    .first()
    .click();
  const history = page.getByRole('dialog', { name: /^History of license / });
  // The loaded table, not the busy skeleton of the same name.
  await expect(history.getByRole('table', { name: 'Events' })).toBeVisible();
  await expect(history.locator('table[aria-busy="true"]')).toHaveCount(0);
  await look.dialog('license-history', history);
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(history).toBeHidden();

  await closeManageDialog(page);
  await expect(page.getByRole('region', { name: 'License Status' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Devices' })).toBeVisible();
  await look.page('cms-dashboard');

  // PL-1: the renewal and coverage planner, from the dashboard.
  await page.getByRole('link', { name: 'Renewal planner' }).click();
  await expect(page.getByRole('table', { name: 'Coverage per segment controller' })).toBeVisible();
  await look.page('cms-planner');
}

/** The partner portal: sign-in, both inventories and its three dialogs. */
async function walkPartner(page: Page, look: Looker) {
  const signIn = page.getByRole('button', { name: 'Sign in as Northwind Controls' });
  await expect(signIn).toBeVisible();
  await look.page('partner-signed-out');

  await signIn.click();
  const inventory = page.getByRole('table', { name: 'My Inventory' });
  await expect(inventory).toBeVisible();
  await look.page('partner-signed-in');

  await page.getByRole('button', { name: 'New customer', exact: true }).click();
  const newCustomer = page.getByRole('dialog', { name: 'New customer' });
  await expect(newCustomer.getByRole('textbox', { name: 'Customer name' })).toBeVisible();
  await look.dialog('partner-new-customer', newCustomer);
  await cancel(newCustomer);

  const checkbox = inventory
    .getByRole('row')
    .filter({ hasText: '50-device capacity' })
    .first()
    .getByRole('checkbox');
  await checkbox.check();
  await page.getByRole('button', { name: 'Transfer to customer' }).click();
  const transfer = page.getByRole('dialog', { name: 'Transfer to customer' });
  await expect(transfer.getByRole('combobox', { name: 'Customer' })).toBeVisible();
  await look.dialog('partner-transfer', transfer);
  await cancel(transfer);
  await checkbox.uncheck();

  await page.getByRole('tab', { name: 'Customer Inventory' }).click();
  const customerInventory = page.getByRole('table', { name: 'Customer Inventory' });
  await expect(customerInventory).toBeVisible();
  await look.page('partner-customer-inventory');

  await customerInventory
    .getByRole('button', { name: /^Issue maintenance file for / })
    .first()
    .click();
  const file = page.getByRole('dialog', { name: 'Issue maintenance file' });
  await expect(file.getByRole('textbox', { name: 'Install code' })).toBeVisible();
  await look.dialog('partner-maintenance-file', file);
  await cancel(file);
}

/** The customer portal: sign-in, the licenses, and an offline file made (CP-3). */
async function walkCustomer(page: Page, look: Looker) {
  if (!campusLicense || !freeCapacity || !plantRoom) throw new Error('The seed has changed');
  const eid = page.getByRole('textbox', { name: 'License ID (EID)' });
  await expect(eid).toBeVisible();
  await look.page('customer-signed-out');

  await eid.fill(campusLicense.id);
  await page.getByRole('button', { name: 'Sign In' }).click();
  const licenses = page.getByRole('table', { name: 'Your licenses' });
  await expect(licenses).toBeVisible();
  await look.page('customer-signed-in');

  await licenses.getByRole('checkbox', { name: `Select ${freeCapacity.id} for the file` }).check();
  await page.getByRole('textbox', { name: 'Install code' }).fill(plantRoom.installCode);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Create' }).click();
  await download;
  await expect(page.getByRole('button', { name: 'Download again' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Files issued' })).toBeVisible();
  await look.page('customer-file-created');
}

/** The Customer Success console: sign-in, a search, a segment controller, an account, both dialogs. */
async function walkSupport(page: Page, look: Looker) {
  const signIn = page.getByRole('button', {
    name: 'Sign in as Greta Hoffmann · License administrator',
  });
  await expect(signIn).toBeVisible();
  await look.page('support-signed-out');

  await signIn.click();
  const search = page.getByRole('searchbox', { name: /^Search install codes/ });
  await expect(search).toBeVisible();
  await look.page('support-signed-in');

  await search.fill('garage');
  await page.getByRole('button', { name: /^Parking Garage · Offline/ }).click();
  await expect(page.getByRole('table', { name: 'Licenses activated on it' })).toBeVisible();
  await look.page('support-segment-controller');
  await page.getByRole('button', { name: 'Transfer licenses to cloud' }).click();
  const rma = page.getByRole('dialog', { name: 'Transfer licenses to cloud for Parking Garage' });
  await expect(rma.getByRole('textbox', { name: 'RMA or case number' })).toBeVisible();
  await look.dialog('support-return-licenses', rma);
  await cancel(rma);

  await search.fill('P2022');
  await page.getByRole('button', { name: /^P2022-0208/ }).click();
  await expect(page.getByRole('table', { name: 'Licenses' })).toBeVisible();
  await look.page('support-account');
  await page.getByRole('button', { name: 'Remote CMS license' }).click();
  const remoteCms = page.getByRole('dialog', { name: 'Remote CMS license for P2022-0208' });
  await expect(remoteCms.getByRole('textbox', { name: 'CMS name' })).toBeVisible();
  await look.dialog('support-remote-cms', remoteCms);
  await cancel(remoteCms);
}

/** The License Manager: its dialogs and the sensor panel, then the Analyst's page. */
async function walkFleet(page: Page, look: Looker) {
  const sensors = page.getByRole('table', { name: 'Sensors', exact: true });
  await expect(sensors).toBeVisible();
  await expect(sensors).toHaveAttribute('aria-busy', 'false');
  await look.page('license-manager');

  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const code = page.getByRole('dialog', { name: 'Add licenses' });
  await expect(code.getByRole('textbox', { name: 'Activation Code' })).toBeVisible();
  await look.dialog('fleet-add-licenses', code);
  await cancel(code);

  await page.getByRole('button', { name: 'Expiry e-mails' }).click();
  const recipients = page.getByRole('dialog', { name: 'Expiry e-mails' });
  await expect(recipients.getByRole('checkbox').first()).toBeVisible();
  await look.dialog('fleet-expiry-emails', recipients);
  await cancel(recipients);

  await page
    .getByRole('searchbox', { name: 'Search serial number or name' })
    .fill(QUEUED_SENSOR.serial);
  await expect(sensors.locator('tbody').getByRole('row')).toHaveCount(1);
  await sensors
    .getByRole('button', { name: `Add license to ${QUEUED_SENSOR.name} (${QUEUED_SENSOR.serial})` })
    .click();
  const assign = page.getByRole('dialog', { name: /^Add license to / });
  await expect(assign.getByRole('radio').first()).toBeVisible();
  await look.dialog('fleet-assign-license', assign);
  await cancel(assign);

  await sensors.getByRole('button', { name: QUEUED_SENSOR.serial, exact: true }).click();
  const panel = page.getByRole('dialog', { name: QUEUED_SENSOR.name });
  const queued = panel.getByRole('list', { name: 'Queued licenses' }).getByRole('listitem');
  await expect(queued).toHaveCount(2);
  await look.dialog('fleet-sensor-panel', panel);

  await panel.getByRole('button', { name: /^Remove back to the pool: queued license 1 / }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the queued license?' });
  await expect(remove.getByRole('button', { name: 'Remove to pool' })).toBeVisible();
  await look.dialog('fleet-remove-queued', remove);
  await cancel(remove);
  // LM-14: the sensor's own page, and back to the table as it was.
  await panel.getByRole('link', { name: 'Open sensor page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUEUED_SENSOR.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'License history' })).toBeVisible();
  await look.page('fleet-sensor-page');
  await page.getByRole('link', { name: 'Back to the fleet' }).click();
  await expect(sensors.locator('tbody').getByRole('row')).toHaveCount(1);

  // LM-12: a bulk action on the ticked row.
  await sensors.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Assign licenses…' }).click();
  const bulk = page.getByRole('dialog', { name: 'Assign licenses' });
  await expect(bulk.getByRole('radio', { name: 'The 1 selected sensor' })).toBeChecked();
  await look.dialog('fleet-bulk-assign', bulk);
  await cancel(bulk);

  await page.getByRole('button', { name: /^Signed in as .* · Administrator$/ }).click();
  await page.getByRole('menuitem', { name: 'Analyst' }).click();
  await expect(page.getByText('You cannot manage sensor licenses')).toBeVisible();
  await look.page('license-manager-analyst');
}

async function walkNotFound(page: Page, look: Looker) {
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await look.page('not-found');
}

const WALKS = [
  { name: 'cms', path: '/', walk: walkCms },
  { name: 'partner portal', path: '/partner', walk: walkPartner },
  { name: 'customer portal', path: '/customer', walk: walkCustomer },
  { name: 'license manager', path: '/fleet', walk: walkFleet },
  { name: 'customer success', path: '/support', walk: walkSupport },
  { name: 'unknown address', path: '/nowhere', walk: walkNotFound },
] as const;

function looker(page: Page, testInfo: TestInfo, scheme: ColorScheme): Looker {
  const suffix = `${page.viewportSize()?.width ?? 0}${scheme === 'dark' ? '-dark' : ''}`;
  return {
    page: (name) => checkPage({ page, testInfo, scheme, name: `${name}-${suffix}` }),
    dialog: (name, dialog) =>
      checkDialog({ page, testInfo, scheme, name: `${name}-${suffix}` }, dialog),
  };
}

/** The areas' navigation: the tabs, or on narrow windows the drawer behind the menu button. */
async function openAreas(page: Page, width: number) {
  if (width < NAV_DRAWER_BELOW_PX) {
    await page.getByRole('button', { name: 'Menu' }).click();
  }
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await expect(nav).toBeVisible();
  return nav;
}

for (const viewport of VIEWPORTS) {
  for (const scheme of viewport.schemes) {
    test.describe(`at ${viewport.width} × ${viewport.height} (${viewport.name}, ${scheme})`, () => {
      test.use({
        viewport: { width: viewport.width, height: viewport.height },
        colorScheme: scheme,
      });

      for (const { name, path, walk } of WALKS) {
        test(`${name}: every state and dialog view, no sideways scroll, axe clean`, async ({
          page,
        }, testInfo) => {
          await page.goto(path);
          await walk(page, looker(page, testInfo, scheme));
        });
      }

      test('every area is reachable from every other, in view; the top bar never overlaps', async ({
        page,
      }, testInfo) => {
        await page.goto('/');
        await closeManageDialog(page);
        await expectScheme(page, scheme);

        // The title and who is signed in never overlap; Simulation stays in view.
        const title = page.getByText('License Console', { exact: true }).first();
        const identity = page.getByRole('button', { name: 'Signed in as Olivia Brandt · Owner' });
        const [titleBox, identityBox] = [await title.boundingBox(), await identity.boundingBox()];
        if (!titleBox || !identityBox) throw new Error('The top bar lost its title or identity');
        expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(identityBox.x);
        await expect(page.getByRole('button', { name: 'Simulation' })).toBeInViewport({ ratio: 1 });

        const suffix = `${viewport.width}${scheme === 'dark' ? '-dark' : ''}`;
        for (const [index, area] of [...AREAS.slice(1), AREAS[0]].entries()) {
          const nav = await openAreas(page, viewport.width);
          if (index === 0) {
            await attachScreenshot(page, testInfo, `navigation-${suffix}`);
            await expectAxeClean(page, testInfo, `navigation-${suffix}`);
          }
          const target = nav.getByRole(viewport.width < NAV_DRAWER_BELOW_PX ? 'link' : 'tab', {
            name: area.label,
          });
          await expect(target).toBeInViewport({ ratio: 1 });
          await target.click();
          await expect(page).toHaveURL(new RegExp(`${area.path}$`));
          await expect(page.getByRole('heading', { level: 1, name: area.heading })).toBeVisible();
          await expectNoPageScrollSideways(page);
        }
      });
    });
  }
}
