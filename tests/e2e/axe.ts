import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe on the page in one pass. The app has no frames, so axe's cross-frame mode (a partial run per
 * frame, then a blank page opened to merge them, for every scan) checks nothing more and took about
 * half of each scan's time: legacy mode runs axe.run in the page itself, same rules, same results.
 */
export function axeOn(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}
