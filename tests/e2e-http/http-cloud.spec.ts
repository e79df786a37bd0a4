import { z } from 'zod/mini';
import { CLOUD_API, cloudJson, expect, test } from './cloud';

// Zod at the boundary: only the fields these journeys look at.
const licensesLeftSchema = z.object({ licensesLeft: z.number() });
const controllersSchema = z.object({
  items: z.array(z.object({ name: z.string(), customerId: z.nullable(z.string()) })),
});
const partnersSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
const jobsSchema = z.object({ items: z.array(z.object({ id: z.string() })) });

test('the dashboard shows License Status and Manage Licenses its rows, from the cloud over HTTP', async ({
  page,
}) => {
  const fromCloud = page.waitForResponse(`${CLOUD_API}/cms/licenses`);
  await page.goto('/');
  expect((await fromCloud).ok()).toBe(true);

  // SS-2: on the typical site Manage Licenses opens by itself, with the activated licenses.
  const dialog = page.getByRole('dialog', { name: 'Manage Licenses' });
  await expect(
    dialog.getByRole('table', { name: 'Activated licenses' }).getByRole('row'),
  ).toHaveCount(10);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const status = page.getByRole('region', { name: 'License Status' });
  await expect(status.getByRole('heading', { name: 'Plant Room' })).toBeVisible();
  await expect(status).toContainText('Expiring 2026-12-14');
  // No service worker: every answer came over the network from the server.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  // The simulated cloud's controls are not in a build with an API URL.
  await expect(page.getByRole('button', { name: 'Simulation' })).toHaveCount(0);
});

test('redeeming an activation code in the License Manager is kept by the cloud', async ({
  page,
  request,
}) => {
  await page.goto('/fleet');
  await expect(page.getByText(/^Licenses left: /)).toHaveText('Licenses left: 5');

  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const codeDialog = page.getByRole('dialog', { name: 'Add licenses' });
  await codeDialog.getByRole('textbox', { name: 'Activation Code' }).fill('EF7Q-2K9M-XR4D-81NB');
  await codeDialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(codeDialog).toBeHidden();
  await expect(page.getByText(/^Licenses left: /)).toHaveText('Licenses left: 10');

  const left = licensesLeftSchema.parse(await cloudJson(request, 'GET', '/fleet/licenses-left'));
  expect(left.licensesLeft).toBe(10);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('a Customer ID saved in Manage Customer Accounts is kept by the cloud', async ({
  page,
  request,
}) => {
  // A known Customer ID, asked of the cloud as a partner would see it.
  const partners = partnersSchema.parse(await cloudJson(request, 'GET', '/partner/partners'));
  const northwind = partners.items.find((p) => p.name === 'Northwind Controls');
  await cloudJson(request, 'POST', '/partner/session', { partnerId: northwind?.id });
  const customers = partnersSchema.parse(await cloudJson(request, 'GET', '/partner/customers'));
  const customerId = customers.items.find((c) => c.name === 'P-Building 1')?.id ?? '';

  await page.goto('/?manage=licenses');
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await dialog.getByRole('button', { name: 'Manage Customer Accounts' }).click();
  const field = dialog.getByRole('textbox', { name: 'Customer ID for Plant Room' });
  await field.fill(customerId);
  await dialog.getByRole('button', { name: 'Save Changes' }).click();
  await expect(dialog.getByRole('button', { name: 'Save Changes' })).toHaveCount(0);
  await expect(field).toHaveValue(customerId);

  const controllers = controllersSchema.parse(
    await cloudJson(request, 'GET', '/cms/segment-controllers'),
  );
  expect(controllers.items.find((c) => c.name === 'Plant Room')?.customerId).toBe(customerId);
});

test('R7 — two tabs activate the same license: one job; the second tab says it is already in progress', async ({
  context,
  request,
}) => {
  // Ten minutes per license: the first tab's job is still running when the second tab asks.
  await cloudJson(request, 'PUT', '/dev/activation-pace', { activationMsPerLicense: 600_000 });
  const tabs = [await context.newPage(), await context.newPage()];
  const dialogs = [];
  for (const tab of tabs) {
    await tab.goto('/?manage=download');
    const dialog = tab.getByRole('dialog', { name: /Download Licenses from the Cloud/ });
    await dialog
      .getByRole('table', { name: 'Licenses available in the cloud' })
      .getByRole('row')
      .filter({ hasText: 'Main Hall' })
      .first()
      .getByRole('checkbox')
      .check();
    dialogs.push(dialog);
  }
  const [first, second] = dialogs;
  if (!first || !second) throw new Error('two tabs expected');
  const selected =
    (await first
      .getByRole('checkbox', { name: /^Select .* for Main Hall$/, checked: true })
      .first()
      .getAttribute('aria-label')) ?? 'no checked license';

  await first.getByRole('button', { name: 'Activate' }).click();
  await expect(first.getByText(/Activating 1 of 1/)).toBeVisible();
  await second.getByRole('button', { name: 'Activate' }).click();
  await expect(second.getByRole('alert')).toContainText(
    'These licenses are already being activated.',
  );
  // The job ends (as if the minutes had passed); the second tab refreshes, and the license leaves
  // its list too.
  await cloudJson(request, 'PUT', '/dev/activation-pace', { activationMsPerLicense: 0 });
  await expect(second.getByRole('checkbox', { name: selected })).toHaveCount(0);
  await expect(first.getByText('1 of 1 license activated')).toBeVisible();

  const jobs = jobsSchema.parse(await cloudJson(request, 'GET', '/cms/activation-jobs'));
  expect(jobs.items).toHaveLength(1);
});
