import { expect, type Page } from '@playwright/test';
import { STORY_VIEWPORTS } from '../story-viewports';
import { builtStories, ownViewport, showStory, test } from './storybook';

/** The two sizes every story is compared at. */
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};

/**
 * Known bug, not yet found: after typing into a Customer ID field, the Customer Accounts table's first
 * column at phone size is sometimes drawn one pixel row lower (2 of 6 full runs on 2026-12-05, never
 * the same story twice). Until it is found these are compared at desktop size only; each such test
 * carries a "not compared" annotation in the report.
 */
const UNSTABLE_ON_PHONE = new Set(
  [
    'editing-with-unsaved-change',
    'malformed-value',
    'unknown-customer-id',
    'license-id-pasted',
    'saving',
    'saved',
  ].map((name) => `cms-manage-licenses-customer-accounts--${name}`),
);

/** A story that sets its own viewport is shown at that one only: its play function expects it. */
async function viewportsOf(page: Page, storyId: string) {
  const own = await ownViewport(page, storyId);
  if (!own) return Object.entries(VIEWPORTS);
  const found = Object.entries(STORY_VIEWPORTS).find(([name]) => name === own);
  if (!found) throw new Error(`Story ${storyId} sets a viewport the tests do not know: ${own}`);
  const { width, height } = found[1].styles;
  return [[own, { width: parseInt(width), height: parseInt(height) }] as const];
}

for (const story of builtStories()) {
  test(`${story.title} › ${story.name}`, async ({ storybook: page }) => {
    for (const [viewport, size] of await viewportsOf(page, story.id)) {
      if (viewport === 'phone' && UNSTABLE_ON_PHONE.has(story.id)) {
        test.info().annotations.push({ type: 'not compared', description: 'phone: known bug' });
        continue;
      }
      await page.setViewportSize(size);
      await showStory(page, story.id);
      // What a user of that screen sees first; a whole-page shot would draw an open dialog's
      // backdrop over the first screen only. Soft: a failure at one size still compares the other.
      await expect.soft(page).toHaveScreenshot([viewport, `${story.id}.png`]);
    }
  });
}
