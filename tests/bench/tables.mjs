import { AFTER_PAINT, heapAfterGc } from './browser.mjs';

const SCROLL_PX_PER_S = 3_000;

/** In every page: when an interaction started, and the Event Timing entries (INP) after it. */
export function installProbes() {
  const bench = { t0: null, events: [] };
  Object.assign(window, { __bench: bench });
  for (const type of ['pointerdown', 'keydown', 'input']) {
    addEventListener(type, (event) => (bench.t0 ??= event.timeStamp), { capture: true });
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      bench.events.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/** How each table is driven: the same work, through each one's own controls. */
export const TABLES = {
  ours: {
    root: 'table[aria-label="Sensors"]',
    rows: 'table[aria-label="Sensors"] tbody tr[aria-rowindex]:not([aria-busy])',
    scroller: '.MuiTableContainer-root:has(table[aria-label="Sensors"])',
    sort: (page) => page.getByRole('button', { name: 'Expires at' }),
    search: (page) => page.getByRole('searchbox', { name: 'Search serial number or name' }),
  },
  dataGrid: {
    root: '.MuiDataGrid-root',
    rows: '.MuiDataGrid-row',
    scroller: '.MuiDataGrid-virtualScroller',
    sort: (page) => page.getByRole('columnheader', { name: 'Expires at' }),
    search: (page) => page.getByRole('searchbox'),
    // The toolbar's quick filter opens from its Search button.
    openSearch: (page) => page.getByRole('button', { name: 'Search' }).click(),
  },
  allRows: {
    root: '[data-bench="table"]',
    rows: '[data-bench="table"] tbody tr',
    scroller: '[data-bench="table"]',
    sort: (page) => page.getByRole('button', { name: 'Expires at' }),
    search: (page) => page.getByRole('textbox', { name: 'Search serial number or name' }),
  },
};

async function resetProbe(page) {
  await page.evaluate(() => {
    window.__bench.t0 = null;
    window.__bench.events = [];
  });
}

/** Time from the interaction's input event to the paint after `done` holds; and its INP. */
async function interaction(page, act, done, arg, timeout) {
  await resetProbe(page);
  await act();
  await page.waitForFunction(done, arg, { polling: 'raf', timeout });
  const painted = await page.evaluate(AFTER_PAINT);
  return page.evaluate((paintedAt) => {
    const { t0, events } = window.__bench;
    const inp = Math.max(
      0,
      ...events.filter((e) => e.start >= (t0 ?? 0) - 1).map((e) => e.duration),
    );
    return { ms: paintedAt - (t0 ?? paintedAt), inpMs: inp };
  }, painted);
}

const firstRowText = (sel) => document.querySelector(sel)?.textContent ?? '';

/** P3–P8 for one table that has just painted its first rows. */
export async function measureTableWork(page, table, { serial, timeout }) {
  const before = await page.evaluate(firstRowText, table.rows);
  const sort = await interaction(
    page,
    () => table.sort(page).click(),
    ({ rows, before }) => {
      const first = document.querySelector(rows)?.textContent ?? '';
      const busy = document.querySelector('[aria-busy="true"]');
      return first !== '' && first !== before && !busy;
    },
    { rows: table.rows, before },
    timeout,
  );
  await table.openSearch?.(page);
  const box = table.search(page);
  await box.click();
  const search = await interaction(
    page,
    () => page.keyboard.insertText(serial),
    ({ rows, serial }) => {
      const all = [...document.querySelectorAll(rows)];
      return all.length === 1 && (all[0]?.textContent ?? '').includes(serial);
    },
    { rows: table.rows, serial },
    timeout,
  );
  await box.fill('');
  await page.waitForFunction((rows) => document.querySelectorAll(rows).length > 5, table.rows, {
    timeout,
  });
  const scroll = await page.evaluate(scrollFor2s, {
    scroller: table.scroller,
    velocity: SCROLL_PX_PER_S,
  });
  const domNodes = await page.evaluate((root) => {
    const el = document.querySelector(root);
    return el ? el.querySelectorAll('*').length + 1 : 0;
  }, table.root);
  return { sort, search, scroll, domNodes };
}

/** P8: two seconds of scrolling at a steady speed; frame times and frames with a blank view. */
async function scrollFor2s({ scroller, velocity }) {
  const el = document.querySelector(scroller);
  if (!el) throw new Error(`No scroller ${scroller}`);
  // The whole scroll box in view, so every sampled point is on screen.
  el.scrollIntoView({ block: 'start' });
  const frames = [];
  let blankFrames = 0;
  await new Promise((resolve) => {
    let last = performance.now();
    const end = last + 2_000;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      el.scrollTop += (velocity * (frames.at(-1) ?? 16)) / 1_000;
      const box = el.getBoundingClientRect();
      const bottom = Math.min(box.bottom, window.innerHeight) - 4;
      for (const f of [0.35, 0.65, 1]) {
        const y = Math.min(box.top + box.height * f, bottom);
        const hit = document.elementFromPoint(box.left + box.width / 2, y);
        const row = hit?.closest('tr, .MuiDataGrid-row');
        if (!row || row.matches('[aria-busy="true"]')) {
          blankFrames += 1;
          break;
        }
      }
      if (now < end) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  const measured = frames.slice(1);
  const under20 = measured.filter((ms) => ms < 20).length;
  return {
    frames: measured.length,
    under20ms: measured.length ? under20 / measured.length : 0,
    blankFrames,
  };
}

/** The typical site opens Manage Licenses by itself once per session (SS-2): close it. */
export async function closeAutoOpenedDialog(page, timeout) {
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await dialog.getByRole('table', { name: 'Activated licenses' }).waitFor({ timeout });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached', timeout });
}

/** Ours: the cloud (with N sensors) runs in the page; the table opens from the dashboard. */
export async function openOurs(page, baseUrl, scenario, timeout) {
  await page.goto(`${baseUrl}/?scenario=${scenario}&latency=0`);
  await page.waitForFunction(
    () => performance.getEntriesByName('license-status:visible').length > 0,
    null,
    { timeout },
  );
  await closeAutoOpenedDialog(page, timeout);
  const heapBefore = await heapAfterGc(page);
  await page.evaluate(() => performance.mark('bench:open'));
  await page.getByRole('tab', { name: 'License Manager' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('fleet:rows').length > 0, null, {
    timeout,
  });
  return page.evaluate((heap) => {
    const rows = performance.getEntriesByName('fleet:rows')[0].startTime;
    const open = performance.getEntriesByName('bench:open')[0].startTime;
    // Data ready: the table's first page of the cloud's answer has arrived.
    const firstPage = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/api/fleet/sensors/page') && e.startTime >= open);
    return {
      heapBefore: heap,
      rowsMs: rows - (firstPage?.responseEnd ?? open),
      openMs: rows - open,
    };
  }, heapBefore);
}

/** A baseline: its page generates the rows, then mounts the table when asked. */
export async function openBaseline(page, url, rowsSelector, timeout) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('data:ready').length > 0, null, {
    timeout,
  });
  const heapBefore = await heapAfterGc(page);
  await page.evaluate(() => window.__mount?.());
  await page.waitForFunction((sel) => document.querySelector(sel) !== null, rowsSelector, {
    timeout,
    polling: 'raf',
  });
  const painted = await page.evaluate(AFTER_PAINT);
  const rowsMs = await page.evaluate(
    (at) => at - performance.getEntriesByName('table:mount')[0].startTime,
    painted,
  );
  return { heapBefore, rowsMs };
}
