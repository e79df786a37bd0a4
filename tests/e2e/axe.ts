import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** Given to AxeBuilder as its script when axe is already in the page: a statement doing nothing. */
const ALREADY_IN_THE_PAGE = ';';

/**
 * axe on the page in one pass, its script put into the page once per document.
 *
 * AxeBuilder evaluates axe's 570 KB script twice on every scan; a walk through one page's states
 * scans it a dozen times, and the scripts were about half of each scan's time (1440 × 900 CMS walk:
 * 9.2 s of scans, 4.6 s with one script per page). axe.run clears its caches after each run, so a
 * later scan sees the page as it is then.
 *
 * Legacy mode: the app has no frames, so axe's cross-frame mode (a partial run per frame, then a
 * blank page opened to merge them, for every scan) checks nothing more and took about half of each
 * scan's time; legacy mode runs axe.run in the page itself, same rules, same results.
 */
export async function axeOn(page: Page): Promise<AxeBuilder> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axe.source);
  return new AxeBuilder({ page, axeSource: ALREADY_IN_THE_PAGE }).setLegacyMode(true);
}

/** No violation axe can find in the whole page, each listed with the elements it found it on. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await (await axeOn(page)).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
