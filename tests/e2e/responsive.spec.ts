import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { seedTypicalSite } from '../../mocks/cloud/seed';

/**
 * Issue 18 (UX-2): every route on a phone, a small laptop and a desktop. No sideways page scroll,
 * every area reachable, no WCAG 2.2 AA violation axe can find, and a screenshot of each kept.
 */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1024, height: 768 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

/** Below this width the areas sit in the menu's drawer (src/app/areas.ts). */
const NAV_DRAWER_BELOW_PX = 1100;

const AREAS = [
  { label: 'CMS Dashboard', path: '/', heading: 'CMS Dashboard' },
  { label: 'Partner Portal', path: '/partner', heading: 'License Partner Portal' },
  { label: 'Customer Portal', path: '/customer', heading: 'License Customer Portal' },
  { label: 'License Manager', path: '/fleet', heading: 'License Manager' },
] as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The seed is deterministic: a customer the portal knows by e-mail… or by one of its EIDs.
const seed = seedTypicalSite();
const campus = seed.customers.find((c) => c.name === 'P2022-0208');
const campusLicense = seed.licenses.find((l) => l.customerId === campus?.id);

/** SS-2: on the typical site Manage Licenses opens by itself once per session. */
function manageDialog(page: Page) {
  return page.getByRole('dialog', { name: /^Manage Licenses/ });
}

async function closeManageDialog(page: Page) {
  const dialog = manageDialog(page);
  await expect(dialog.getByRole('table', { name: 'Activated licenses' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

interface RouteCase {
  name: string;
  path: string;
  /** Brings the page to the state the route shows a user, waiting for what the user waits for. */
  ready: (page: Page) => Promise<void>;
}

const ROUTES: readonly RouteCase[] = [
  {
    name: 'manage-licenses-dialog',
    path: '/',
    ready: async (page) => {
      await expect(
        manageDialog(page).getByRole('table', { name: 'Activated licenses' }),
      ).toBeVisible();
    },
  },
  {
    name: 'cms-dashboard',
    path: '/',
    ready: async (page) => {
      await closeManageDialog(page);
      await expect(page.getByRole('region', { name: 'License Status' })).toBeVisible();
    },
  },
  {
    name: 'partner-signed-out',
    path: '/partner',
    ready: async (page) => {
      await expect(
        page.getByRole('button', { name: 'Sign in as Northwind Controls' }),
      ).toBeVisible();
    },
  },
  {
    name: 'partner-signed-in',
    path: '/partner',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Sign in as Northwind Controls' }).click();
      await expect(page.getByRole('table', { name: 'My Inventory' })).toBeVisible();
    },
  },
  {
    name: 'customer-signed-out',
    path: '/customer',
    ready: async (page) => {
      await expect(page.getByRole('textbox', { name: 'License ID (EID)' })).toBeVisible();
    },
  },
  {
    name: 'customer-signed-in',
    path: '/customer',
    ready: async (page) => {
      if (!campusLicense) throw new Error('The seed has changed: no license of P2022-0208');
      await page.getByRole('textbox', { name: 'License ID (EID)' }).fill(campusLicense.id);
      await page.getByRole('button', { name: 'Sign In' }).click();
      await expect(page.getByRole('table', { name: 'Your licenses' })).toBeVisible();
    },
  },
  {
    name: 'license-manager',
    path: '/fleet',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Sensors', exact: true })).toBeVisible();
    },
  },
  {
    name: 'license-manager-analyst',
    path: '/fleet',
    ready: async (page) => {
      await page.getByRole('button', { name: /^Signed in as .* · Administrator$/ }).click();
      await page.getByRole('menuitem', { name: 'Analyst' }).click();
      await expect(page.getByText('You cannot manage sensor licenses')).toBeVisible();
    },
  },
  {
    name: 'not-found',
    path: '/nowhere',
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    },
  },
];

async function expectNoPageScrollSideways(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

async function expectAxeClean(page: Page, testInfo: TestInfo) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  await testInfo.attach('axe-violations.json', {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Kept in the test's output folder (.tmp/test-results) and attached to the report. */
async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(`${name}.png`, { path, contentType: 'image/png' });
}

/** The areas' navigation: the tabs, or on narrow windows the drawer behind the menu button. */
async function openAreas(page: Page, width: number) {
  if (width < NAV_DRAWER_BELOW_PX) {
    await page.getByRole('button', { name: 'Menu' }).click();
  }
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await expect(nav).toBeVisible();
  return nav;
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height} (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const route of ROUTES) {
      test(`${route.name}: no sideways scroll, axe clean`, async ({ page }, testInfo) => {
        await page.goto(route.path);
        await route.ready(page);
        await expectNoPageScrollSideways(page);
        await attachScreenshot(page, testInfo, `${route.name}-${viewport.width}`);
        await expectAxeClean(page, testInfo);
      });
    }

    test('every area is reachable from every other, in view', async ({ page }, testInfo) => {
      await page.goto('/');
      await closeManageDialog(page);
      for (const [index, area] of [...AREAS.slice(1), AREAS[0]].entries()) {
        const nav = await openAreas(page, viewport.width);
        if (index === 0) {
          await attachScreenshot(page, testInfo, `navigation-${viewport.width}`);
          await expectAxeClean(page, testInfo);
        }
        const target = nav.getByRole(viewport.width < NAV_DRAWER_BELOW_PX ? 'link' : 'tab', {
          name: area.label,
        });
        await expect(target).toBeInViewport({ ratio: 1 });
        await target.click();
        await expect(page).toHaveURL(new RegExp(`${area.path}$`));
        await expect(page.getByRole('heading', { level: 1, name: area.heading })).toBeVisible();
        await expectNoPageScrollSideways(page);
      }
    });

    test('the top bar: the title and who is signed in never overlap', async ({ page }) => {
      await page.goto('/');
      await closeManageDialog(page);
      const title = page.getByText('License Console', { exact: true }).first();
      const identity = page.getByRole('button', { name: 'Signed in as Olivia Brandt · Owner' });
      const [titleBox, identityBox] = [await title.boundingBox(), await identity.boundingBox()];
      if (!titleBox || !identityBox) throw new Error('The top bar lost its title or identity');
      expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(identityBox.x);
      await expect(page.getByRole('button', { name: 'Simulation' })).toBeInViewport({ ratio: 1 });
    });
  });
}
