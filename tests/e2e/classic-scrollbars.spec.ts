import { expect, test } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../chromium';

// Windows and most Linux desktops draw classic scrollbars, which take their width from the page;
// Playwright hides them unless asked. Shown, the page must not move sideways when it grows taller
// than the window (a scrollbar appears) or when a dialog locks its scrolling (it goes away).
test.use({
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--hide-scrollbars'],
  },
  viewport: { width: 1350, height: 940 },
});

test('P2 — with classic scrollbars nothing shifts while the dashboard loads and its dialog opens', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen = { shift: 0, moved: [] as string[] };
    Object.assign(window, { __seen: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        };
        if (shift.hadRecentInput) continue;
        seen.shift += shift.value;
        seen.moved.push(...shift.sources.map((s) => s.node?.textContent?.slice(0, 40) ?? '?'));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/?scenario=typical-site');
  // The dashboard is taller than the window, and Manage Licenses opens over it by itself.
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(940);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { shift: number; moved: string[] } }).__seen,
  );
  expect(seen.moved).toEqual([]);
  expect(seen.shift).toBe(0);
});
