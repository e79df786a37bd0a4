import { CLOUD_API, cloudJson, expect, signIn, test } from './cloud';

/**
 * R20 on the HTTP build: each browser context holds its own HttpOnly session cookie, so two
 * browsers signed in as different users act as themselves at the same time, and neither becomes
 * the other by signing in last.
 */
test('R20 — two browsers signed in as different partners act as themselves at the same time', async ({
  browser,
  page,
}) => {
  // Signed in to the CMS as every test browser is: the top bar asks who the CMS user is on
  // every page, and a 401 there would ask this browser to sign in again.
  const other = await browser.newContext();
  await signIn(other.request);
  const northwind = page;
  const helios = await other.newPage();

  await Promise.all([northwind.goto('/partner'), helios.goto('/partner')]);
  // Both sign in at once through the portal's own sign-in.
  await Promise.all([
    northwind.getByRole('button', { name: 'Sign in as Northwind Controls' }).click(),
    helios.getByRole('button', { name: 'Sign in as Helios Integration' }).click(),
  ]);
  await expect(northwind.getByText('Signed in as Northwind Controls')).toBeVisible();
  await expect(helios.getByText('Signed in as Helios Integration')).toBeVisible();

  // Reloaded at once, each browser is still its own partner, with its own stock.
  await Promise.all([northwind.reload(), helios.reload()]);
  await expect(northwind.getByText('Signed in as Northwind Controls')).toBeVisible();
  await expect(helios.getByText('Signed in as Helios Integration')).toBeVisible();
  const northwindStock = northwind.getByRole('table', { name: 'My Inventory' });
  const heliosStock = helios.getByRole('table', { name: 'My Inventory' });
  await expect(northwindStock).toContainText('PO-4502');
  await expect(heliosStock).toContainText('HI-2026-118');
  await expect(northwindStock).not.toContainText('HI-2026-118');
  await expect(heliosStock).not.toContainText('PO-4502');

  // One signs out; the other is still signed in.
  await northwind.getByRole('button', { name: 'Sign out' }).click();
  await expect(
    northwind.getByRole('button', { name: 'Sign in as Helios Integration' }),
  ).toBeVisible();
  await helios.reload();
  await expect(helios.getByText('Signed in as Helios Integration')).toBeVisible();
  await other.close();
});

test('R20 — the Owner manages licenses while an Admin, signed in at the same time, is refused', async ({
  browser,
  page,
  request,
}) => {
  const other = await browser.newContext();
  await signIn(other.request, { cms: 'Admin' });
  const owner = page;
  const admin = await other.newPage();

  await Promise.all([owner.goto('/?manage=licenses'), admin.goto('/?manage=licenses')]);
  const dialog = owner.getByRole('dialog', { name: 'Manage Licenses' });
  await expect(
    dialog.getByRole('table', { name: 'Activated licenses' }).getByRole('row'),
  ).toHaveCount(10);
  await expect(admin.getByText(/only the Owner can manage licenses/)).toContainText(
    'You are signed in as Marcus Lee (Admin).',
  );
  await expect(admin.getByRole('dialog')).toHaveCount(0);

  // The Admin's session is not the Owner's: the cloud refuses the Admin's command, and the
  // Owner's own command goes through.
  const adminCall = await other.request.get(`${CLOUD_API}/cms/cloud-licenses`);
  expect(adminCall.status()).toBe(403);
  const ownerCall = await owner.request.get(`${CLOUD_API}/cms/cloud-licenses`);
  expect(ownerCall.status()).toBe(200);

  // Without any session the server answers 401 with the cloud's error body.
  const nobody = await browser.newContext();
  const anonymous = await nobody.request.get(`${CLOUD_API}/cms/licenses`);
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ code: 'not_signed_in' });
  await nobody.close();

  // R12 over HTTP: the Owner's sessions expire; the Admin stays signed in.
  await cloudJson(owner.request, 'POST', '/dev/session/expire');
  await owner.reload();
  await expect(owner.getByRole('dialog', { name: 'Your session has expired' })).toBeVisible();
  await admin.reload();
  await expect(admin.getByText(/only the Owner can manage licenses/)).toBeVisible();
  expect((await request.get(`${CLOUD_API}/session`)).status()).toBe(200);
  await other.close();
});
