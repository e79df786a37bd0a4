/**
 * R16: 100,000 sensors arriving slowly (2 s of latency). The e2e test checks what does not depend
 * on the machine (a fixed-height skeleton, no layout shift); the longest main-thread task is a
 * duration, so it is measured here.
 */
export async function measureSlowArrival(page, baseUrl, timeout) {
  await page.addInitScript(() => {
    const seen = { longestTaskMs: 0 };
    Object.assign(window, { __slowArrival: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        seen.longestTaskMs = Math.max(seen.longestTaskMs, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}/fleet?scenario=benchmark-fleet&latency=2000`);
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  await table.and(page.locator('[aria-busy="false"]')).waitFor({ timeout });
  return page.evaluate(() => window.__slowArrival);
}
