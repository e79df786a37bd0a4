import { expect, test, type Page } from '@playwright/test';

/** Every CSP violation the page reports, and Chromium's console complaints about the policy. */
async function watchViolations(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) messages.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return messages;
}

test('the production build sends a strict policy and no page breaks it', async ({ page }) => {
  const violations = await watchViolations(page);
  // index.html starts a worker of our own (public/warm-intl.js): the policy lets it load.
  const warmIntl = page.waitForResponse((response) => response.url().endsWith('/warm-intl.js'));
  await page.goto('/?scenario=typical-site');
  expect((await warmIntl).ok()).toBe(true);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("object-src 'none'");

  // The dashboard with Manage Licenses (it opens by itself on the typical site) and its views.
  const dialog = page.getByRole('dialog', { name: /^Manage Licenses/ });
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Simulation' }).click();
  await expect(page.getByRole('region', { name: 'Simulated cloud controls' })).toBeVisible();

  await page.getByRole('tab', { name: 'Partner Portal' }).click();
  await page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click();
  await expect(page.getByText('Signed in as Northwind Controls')).toBeVisible();

  await page.getByRole('tab', { name: 'Customer Portal' }).click();
  await expect(page.getByRole('heading', { name: 'License Customer Portal' })).toBeVisible();

  await page.getByRole('tab', { name: 'License Manager' }).click();
  await expect(page.getByText(/sensors run out in the next 12 months/)).toBeVisible();
  // The chart's chunk has run: it renders the hidden data table next to the bars.
  await expect(page.getByRole('table', { name: 'Licenses running out per month' })).toBeAttached();

  expect(violations).toEqual([]);
});
