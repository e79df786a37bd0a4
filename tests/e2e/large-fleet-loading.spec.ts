import { expect, test } from '@playwright/test';

// What holds on any machine: the skeleton keeps the table's place and nothing shifts. How long the
// main thread is busy is a duration, measured by `npm run bench` (R16 row), not asserted here.

test('R16 — 100,000 sensors arriving slowly: a fixed-height skeleton, no layout shift, no frozen tab', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen = { shift: 0 };
    Object.assign(window, { __seen: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
        if (!shift.hadRecentInput) seen.shift += shift.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/fleet?scenario=benchmark-fleet&latency=2000');
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  // The table's frame: the skeleton's and the rows' must take the same place on the page.
  const frame = table.locator('xpath=ancestor::div[contains(@class, "MuiPaper-root")][1]');
  await expect(table).toHaveAttribute('aria-busy', 'true');
  const loading = await frame.boundingBox();
  await expect(page.getByText('100,000 sensors', { exact: false }).first()).toBeVisible();
  await expect(table).toHaveAttribute('aria-busy', 'false');
  const loaded = await frame.boundingBox();
  expect(loaded?.height).toBe(loading?.height);
  expect(loaded?.y).toBe(loading?.y);

  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { shift: number } }).__seen,
  );
  expect(seen.shift).toBe(0);
});
