import { expect, test, type Page } from '@playwright/test';

// P2: index.html paints the console's top bar and the page's place before any script has run.
// Here no script of the app ever runs (each one is refused), so what shows is that page alone.

async function openWithoutScripts(page: Page, path: string) {
  await page.route(/\/(assets\/.+\.js|src\/.+)$/, (route) => route.abort());
  await page.goto(path);
}

const shell = (page: Page, label = 'Loading the License Console') =>
  page.getByRole('status', { name: label });

test('the dashboard: the top bar, its title and the page greyed, before any script', async ({
  page,
}) => {
  await openWithoutScripts(page, '/');
  await expect(page.getByText('License Console', { exact: true })).toBeVisible();
  await expect(shell(page)).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'CMS Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveClass('light');
});

test('any other page: no dashboard title, only its place greyed', async ({ page }) => {
  await openWithoutScripts(page, '/fleet');
  await expect(shell(page)).toBeVisible();
  await expect(page.getByRole('heading')).toHaveCount(0);
});

test('light or dark as chosen, else as the system is, from the first paint', async ({ page }) => {
  const background = () => page.locator('.boot').evaluate((el) => getComputedStyle(el).background);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWithoutScripts(page, '/');
  await expect(page.locator('html')).toHaveClass('dark');
  expect(await background()).toContain('rgb(14, 18, 23)');

  // A choice saved in the console wins over the system's (MUI's key).
  await page.evaluate(() => localStorage.setItem('mui-mode', 'light'));
  await page.reload();
  await expect(page.locator('html')).toHaveClass('light');
  expect(await background()).toContain('rgb(244, 246, 249)');
});

test('in the language the console was last used in', async ({ page }) => {
  await openWithoutScripts(page, '/');
  await page.evaluate(() =>
    localStorage.setItem('license-console.language', JSON.stringify({ locale: 'de' })),
  );
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(shell(page, 'Die License Console wird geladen')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'CMS-Dashboard' })).toBeVisible();
  await expect(page.getByText('CMS Dashboard', { exact: true })).toBeHidden();
});

test('the app takes its place once it has started', async ({ page }) => {
  await page.goto('/?scenario=typical-site');
  await expect(
    page.getByRole('dialog', { name: /^Manage Licenses/ }).getByRole('table', {
      name: 'Activated licenses',
    }),
  ).toBeVisible();
  await expect(page.locator('.boot')).toHaveCount(0);
  await expect(shell(page)).toHaveCount(0);
});
