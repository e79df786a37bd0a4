import { closeAutoOpenedDialog } from './tables.mjs';

/**
 * P11: each area's first usable view, loaded afresh (a reload, signed in to that app). The view is
 * usable once its page heading is shown, nothing in it or in an open dialog is loading any more,
 * and, where the app sets one, its paint mark for the area's wait is set.
 */
export const AREAS = [
  { id: 'cms', what: 'CMS dashboard', path: '/', mark: 'license-status:visible' },
  {
    id: 'manage',
    what: 'Manage Licenses dialog',
    path: '/?manage=licenses',
    mark: 'manage-licenses:rows',
  },
  {
    id: 'partner',
    what: 'partner portal',
    path: '/partner',
    signIn: (page) => page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click(),
  },
  {
    id: 'customer',
    what: 'customer portal',
    path: '/customer',
    signIn: async (page) => {
      await page.getByRole('tab', { name: 'E-mail' }).click();
      await page.getByRole('textbox', { name: 'E-mail' }).fill('facilities@riverside.example');
      await page.getByRole('button', { name: 'Sign In' }).click();
    },
  },
  {
    id: 'support',
    what: 'Customer Success',
    path: '/support',
    signIn: (page) => page.getByRole('button', { name: /^Sign in as Greta Hoffmann/ }).click(),
  },
  { id: 'fleet', what: 'License Manager', path: '/fleet', mark: 'fleet:rows' },
];

// A determinate bar is a meter (licenses used), not a wait; a hidden one keeps its room (CLS 0).
const BUSY = '[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root, [aria-busy="true"]';

/** In the page: resolves with the time (ms since navigation) the view first counts as usable. */
function whenUsable({ mark, busy }) {
  return new Promise((resolve) => {
    const check = () => {
      const marked = mark ? performance.getEntriesByName(mark)[0] : { startTime: 0 };
      const answered = performance
        .getEntriesByType('resource')
        .some((e) => new URL(e.name).pathname.startsWith('/api/'));
      const scopes = [
        document.querySelector('main'),
        ...document.querySelectorAll('[role="dialog"]'),
      ];
      const idle = scopes.every(
        (scope) =>
          !scope ||
          ![...scope.querySelectorAll(busy)].some((e) =>
            e.checkVisibility({ visibilityProperty: true }),
          ),
      );
      if (marked && answered && document.querySelector('main h1') && idle)
        return resolve(Math.max(marked.startTime, performance.now()));
      requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * The longest chain of API requests in which each started only after the one before it had
 * answered: the round trips the view waited for one after the other.
 */
function sequentialDepth(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const depth = [];
  const chain = [];
  sorted.forEach((r, i) => {
    let best = -1;
    for (let j = 0; j < i; j += 1) {
      if (sorted[j].end <= r.start && (best < 0 || depth[j] > depth[best])) best = j;
    }
    depth[i] = best < 0 ? 1 : depth[best] + 1;
    chain[i] = best < 0 ? [r.path] : [...chain[best], r.path];
  });
  const deepest = depth.indexOf(Math.max(0, ...depth));
  return { depth: depth[deepest] ?? 0, chain: chain[deepest] ?? [] };
}

/** One area at one simulated latency, in a fresh context: time to usable and request depth. */
export async function measureRoundTrips(page, baseUrl, area, latencyMs, timeout) {
  // A fresh cloud at this latency (kept for the next loads), signed in, its dialog seen once.
  await page.goto(`${baseUrl}/?scenario=typical-site&latency=${latencyMs}`);
  await closeAutoOpenedDialog(page, timeout);
  if (area.signIn) {
    await page.goto(`${baseUrl}${area.path}`);
    await area.signIn(page);
    await page
      .getByRole('button', { name: /^Sign in/i })
      .first()
      .waitFor({ state: 'detached', timeout });
  }
  await page.goto(`${baseUrl}${area.path}`);
  const usableMs = await Promise.race([
    page.evaluate(whenUsable, { mark: area.mark ?? null, busy: BUSY }),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`${area.what} not usable in ${timeout} ms`)), timeout),
    ),
  ]);
  const requests = await page.evaluate(
    (usable) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/api/') && e.startTime < usable)
        .map((e) => ({
          path: new URL(e.name).pathname,
          start: e.startTime,
          end: e.responseEnd,
        })),
    usableMs,
  );
  return { usableMs, requests: requests.length, ...sequentialDepth(requests) };
}

/** Every area at 0 and 250 ms, `runs` times each in fresh contexts: medians, the deepest chain. */
export async function measureAreas({ fresh, baseUrl, runs, timeout, log, median }) {
  const results = [];
  for (const area of AREAS) {
    const row = { area: area.what };
    for (const latencyMs of [0, 250]) {
      const samples = [];
      for (let r = 0; r < runs; r += 1) {
        log(`round trips: ${area.what} at ${latencyMs} ms ${r + 1}/${runs}`);
        const { context, page } = await fresh();
        samples.push(await measureRoundTrips(page, baseUrl, area, latencyMs, timeout));
        await context.close();
      }
      const deepest = samples.reduce((a, b) => (b.depth > a.depth ? b : a));
      row[`at${latencyMs}`] = {
        usableMs: median(samples.map((s) => s.usableMs)),
        requests: median(samples.map((s) => s.requests)),
        depth: deepest.depth,
        // One string: a JSON array of short strings is laid out differently by Prettier.
        chain: deepest.chain.join(' → '),
      };
    }
    results.push(row);
  }
  return results;
}
