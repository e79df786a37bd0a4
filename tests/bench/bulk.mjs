/**
 * LM-12, P12: one bulk command over 100,000 sensors in the page (the demo build's simulated cloud
 * runs on the main thread): the time from confirming to the "n of m" answer, and the longest
 * main-thread task in that time.
 */
export async function measureBulk(page, baseUrl, timeout) {
  await page.addInitScript(() => {
    const tasks = [];
    Object.assign(window, { __bulkTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}/fleet?scenario=benchmark-fleet&latency=0`);
  const table = page.getByRole('table', { name: 'Sensors', exact: true });
  await table.and(page.locator('[aria-busy="false"]')).waitFor({ timeout });
  await page.getByRole('button', { name: 'Bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Turn Auto Renewal off…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Turn Auto Renewal off' });
  const confirm = dialog.getByRole('button', { name: 'Turn off for 100,000 sensors' });
  await confirm.waitFor({ timeout });
  const clickedAt = await page.evaluate(() => performance.now());
  await confirm.click();
  await dialog.getByText('Done for 100,000 of 100,000 sensors.').waitFor({ timeout });
  return page.evaluate((since) => {
    const after = window.__bulkTasks.filter((t) => t.start + t.duration >= since);
    return {
      resultMs: performance.now() - since,
      longestTaskMs: Math.max(0, ...after.map((t) => t.duration)),
    };
  }, clickedAt);
}
