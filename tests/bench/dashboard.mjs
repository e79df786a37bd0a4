import { closeAutoOpenedDialog } from './tables.mjs';

const markAt = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;

/** P9: navigation → License Status visible; click → Manage Licenses rows; parallel requests. */
export async function measureDashboard(page, baseUrl, timeout) {
  await page.goto(`${baseUrl}/?scenario=typical-site&latency=0`);
  await closeAutoOpenedDialog(page, timeout);
  // A fresh page on the same session: the dialog does not open by itself again.
  await page.reload();
  await page.waitForFunction(
    (n) => performance.getEntriesByName(n).length > 0,
    'license-status:visible',
    { timeout },
  );
  const statusVisibleMs = await page.evaluate(markAt, 'license-status:visible');
  await page.getByRole('button', { name: 'Manage Licenses' }).click();
  await page.waitForFunction(
    (n) => performance.getEntriesByName(n).length > 0,
    'manage-licenses:rows',
    { timeout },
  );
  return page
    .evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? 0;
      const click = at('manage-licenses:click');
      const requests = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/') && e.startTime >= click);
      const firstEnd = Math.min(...requests.map((r) => r.responseEnd));
      return {
        statusVisibleMs: at('license-status:visible'),
        clickToRowsMs: at('manage-licenses:rows') - click,
        dialogRequests: requests.length,
        // No waterfall: every request the click caused started before the first one answered.
        parallel: requests.every((r) => r.startTime <= firstEnd),
      };
    })
    .then((result) => ({ ...result, statusVisibleMs: statusVisibleMs ?? result.statusVisibleMs }));
}
