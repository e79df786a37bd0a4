import { closeAutoOpenedDialog } from './tables.mjs';

/**
 * The moment a user would click: the page has settled (the main thread is idle), and the clock
 * starts.
 */
const settledNow = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => resolve(performance.now()), { timeout: 10_000 }),
      ),
  );

/** How long after `since` a table's first rows were painted (checked every animation frame). */
async function msUntilRows(page, since, tableSelector, timeout) {
  const handle = await page.waitForFunction(
    ([start, selector]) => {
      const table = document.querySelector(selector);
      const painted = table !== null && table.querySelectorAll('tbody tr').length > 0;
      return painted && performance.now() - start;
    },
    [since, tableSelector],
    { timeout, polling: 'raf' },
  );
  return handle.jsonValue();
}

/**
 * AU-1: a License History of 1,000 events (the long-history scenario), from the click on its
 * History button to its events painted: the first open on the page (the dialog's code came while
 * the page was idle, as it does for a user).
 */
export async function measureHistory(page, baseUrl, timeout) {
  await page.goto(`${baseUrl}/?scenario=long-history&latency=0`);
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  const licenses = dialog.getByRole('table', { name: 'Activated licenses' });
  const row = licenses.getByRole('row').filter({ hasText: 'Rack 999' });
  const button = row.getByRole('button', { name: /^History of license / });
  await button.waitFor({ timeout });
  const since = await settledNow(page);
  await button.click();
  const openMs = await msUntilRows(
    page,
    since,
    '[role="dialog"] table[aria-label="Events"]',
    timeout,
  );
  const shown = await page
    .getByRole('status')
    .filter({ hasText: /events?/ })
    .first()
    .textContent();
  return { openMs, shown };
}

/**
 * PL-1: the planner for 200 segment controllers and 2,000 maintenance licenses (the large-site
 * scenario), from the click on the dashboard's link to its coverage table painted.
 */
export async function measurePlanner(page, baseUrl, timeout) {
  await page.goto(`${baseUrl}/?scenario=large-site&latency=0`);
  await closeAutoOpenedDialog(page, timeout);
  const link = page.getByRole('link', { name: 'Renewal planner' });
  await link.waitFor({ timeout });
  const since = await settledNow(page);
  await link.click();
  const renderMs = await msUntilRows(
    page,
    since,
    'table[aria-label="Coverage per segment controller"]',
    timeout,
  );
  return { renderMs };
}
