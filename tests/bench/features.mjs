import { closeAutoOpenedDialog } from './tables.mjs';

/**
 * Waits until the page has settled (the main thread is idle), as before a user's click, then starts
 * the clock when the pointer goes down: the user's wait begins there, not when the test runner
 * begins its own checks of the element (scrolling it into view, waiting for it to be still).
 */
async function armClickClock(page) {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 10_000 })),
  );
  await page.evaluate(() => {
    window.__benchPressedAt = null;
    const start = (event) => (window.__benchPressedAt = event.timeStamp);
    document.addEventListener('pointerdown', start, { capture: true, once: true });
  });
}

/** How long after the pointer went down a table's first rows were painted (checked every frame). */
async function msUntilRows(page, tableSelector, timeout) {
  const handle = await page.waitForFunction(
    (selector) => {
      const start = window.__benchPressedAt;
      const table = document.querySelector(selector);
      const painted = start !== null && table !== null && table.querySelector('tbody tr') !== null;
      return painted && performance.now() - start;
    },
    tableSelector,
    { timeout, polling: 'raf' },
  );
  return handle.jsonValue();
}

/**
 * AU-1: a License History of 1,000 events (the long-history scenario), from the pointer going
 * down on its History button to its events painted: the first open on the page (the dialog's code
 * came while the page was idle, as it does for a user).
 */
export async function measureHistory(page, baseUrl, timeout) {
  await page.goto(`${baseUrl}/?scenario=long-history&latency=0`);
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  const licenses = dialog.getByRole('table', { name: 'Activated licenses' });
  const row = licenses.getByRole('row').filter({ hasText: 'Rack 999' });
  const button = row.getByRole('button', { name: /^History of license / });
  await button.waitFor({ timeout });
  await armClickClock(page);
  await button.click();
  // Not the skeleton the dialog shows while the events load: that table is marked busy.
  const openMs = await msUntilRows(
    page,
    '[role="dialog"] table[aria-label="Events"]:not([aria-busy="true"])',
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
  await armClickClock(page);
  await link.click();
  const renderMs = await msUntilRows(
    page,
    'table[aria-label="Coverage per segment controller"]',
    timeout,
  );
  return { renderMs };
}
