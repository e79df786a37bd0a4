import { axeOn } from './axe';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/**
 * The checks of the responsive suite (issue 18, UX-2): what a page or dialog must be at every
 * window size and in both color schemes.
 */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Below this width every dialog fills the window (AppDialog: MUI's `sm` breakpoint). */
const FULL_SCREEN_DIALOGS_BELOW_PX = 600;

export async function expectNoPageScrollSideways(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(clientWidth);
}

/** No WCAG 2.2 AA violation axe can find, in the whole page or only in what `include` selects. */
export async function expectAxeClean(
  page: Page,
  testInfo: TestInfo,
  name: string,
  include?: string,
) {
  const builder = (await axeOn(page)).withTags(WCAG_22_AA);
  const results = await (include ? builder.include(include) : builder).analyze();
  await testInfo.attach(`${name}-axe-violations.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/**
 * Kept in the test's output folder (.tmp/test-results) and attached to the report: the whole page,
 * or with a dialog open what the window shows (a dialog is fixed to the window).
 */
export async function attachScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  { fullPage = true } = {},
) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await testInfo.attach(`${name}.png`, { path, contentType: 'image/png' });
}

/**
 * The dialog has finished coming in (MUI's fade and slide are CSS transitions): what a user sees
 * once it stands still. Endless animations (a progress bar) never finish and are not waited for.
 */
async function dialogSettled(dialog: Locator) {
  await expect(dialog).toBeVisible();
  await dialog.evaluate(async (element) => {
    const modal = element.closest('.MuiModal-root') ?? element;
    const finite = modal
      .getAnimations({ subtree: true })
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((a) => a.finished));
  });
}

/** Neither the dialog nor any of its content boxes is wider than it shows: nothing scrolls sideways. */
async function expectDialogNoScrollSideways(dialog: Locator) {
  const boxes = await dialog.evaluate((element) =>
    [element, ...element.querySelectorAll('.MuiDialogContent-root')].map((box) => ({
      box: [...box.classList].find((name) => name.startsWith('Mui')) ?? box.tagName,
      overflow: box.scrollWidth - box.clientWidth,
    })),
  );
  for (const { box, overflow } of boxes) {
    expect(overflow, `the dialog's ${box} scrolls sideways`).toBeLessThanOrEqual(0);
  }
}

/** On a phone the dialog takes the whole window. */
async function expectFullScreen(page: Page, dialog: Locator) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no viewport');
  await expect
    .poll(async () => {
      const box = await dialog.boundingBox();
      return box && [box.x, box.y, box.width, box.height].map(Math.round);
    }, 'the dialog fills the phone’s screen')
    .toEqual([0, 0, viewport.width, viewport.height]);
}

/** sRGB relative luminance (WCAG) of a computed `rgb()`/`rgba()` color, and its opacity. */
function parseColor(css: string) {
  const [r = 0, g = 0, b = 0, alpha = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return { luminance: 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b), alpha };
}

export type ColorScheme = 'light' | 'dark';

/** The app follows the system's scheme (MUI `defaultMode="system"`): the page is really dark. */
export async function expectScheme(page: Page, scheme: ColorScheme) {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const { luminance } = parseColor(background);
  if (scheme === 'dark') expect(luminance, `body ${background} is dark`).toBeLessThan(0.1);
  else expect(luminance, `body ${background} is light`).toBeGreaterThan(0.8);
}

/**
 * A table's kept (sticky) columns hide what scrolls beneath them: their cells are opaque, and in
 * the dark scheme dark, as the table behind them. A header row with a background of its own (a
 * sticky header) has it in its kept cells too, so the kept column does not stand out.
 */
async function expectKeptColumnsOpaque(within: Locator, scheme: ColorScheme) {
  const { kept, headers } = await within.evaluate((element) => ({
    kept: [...element.querySelectorAll('table tr > *')]
      .filter((cell) => getComputedStyle(cell).position === 'sticky')
      .map((cell) => getComputedStyle(cell).backgroundColor),
    headers: [...element.querySelectorAll('table thead tr')].map((row) =>
      [...row.children].map((cell) => getComputedStyle(cell).backgroundColor),
    ),
  }));
  for (const background of new Set(kept)) {
    const { luminance, alpha } = parseColor(background);
    expect(alpha, `a kept cell's background ${background} is opaque`).toBe(1);
    if (scheme === 'dark') {
      expect(luminance, `a kept cell's background ${background} is dark`).toBeLessThan(0.1);
    }
  }
  for (const row of headers) {
    if (row.some((background) => parseColor(background).alpha < 1)) continue;
    expect(new Set(row).size, `one background across a header row: ${row.join(', ')}`).toBe(1);
  }
}

interface Look {
  page: Page;
  testInfo: TestInfo;
  /** The screenshot's and the axe report's name. */
  name: string;
  scheme: ColorScheme;
}

/** A page state: nothing scrolls sideways, opaque kept columns, screenshot, axe on the whole page. */
export async function checkPage({ page, testInfo, name, scheme }: Look) {
  await expectScheme(page, scheme);
  await expectNoPageScrollSideways(page);
  await expectKeptColumnsOpaque(page.locator('main'), scheme);
  await attachScreenshot(page, testInfo, name);
  await expectAxeClean(page, testInfo, name);
}

/**
 * A dialog view: full-screen on phones, no sideways scroll in the dialog nor the page, opaque
 * kept columns, screenshot, axe on the dialogs (the page behind is checked as a page state).
 */
export async function checkDialog({ page, testInfo, name, scheme }: Look, dialog: Locator) {
  await dialogSettled(dialog);
  await expectScheme(page, scheme);
  const viewport = page.viewportSize();
  if (viewport && viewport.width < FULL_SCREEN_DIALOGS_BELOW_PX) {
    await expectFullScreen(page, dialog);
  }
  await expectDialogNoScrollSideways(dialog);
  await expectNoPageScrollSideways(page);
  await expectKeptColumnsOpaque(dialog, scheme);
  await attachScreenshot(page, testInfo, name, { fullPage: false });
  await expectAxeClean(page, testInfo, name, '[role=dialog]');
}
