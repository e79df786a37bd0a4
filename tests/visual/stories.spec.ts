import { expect, type Page } from '@playwright/test';
import { STORY_VIEWPORTS } from '../story-viewports';
import { builtStories, ownViewport, showStory, test } from './storybook';

/** The two sizes every story is compared at. */
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1440, height: 900 },
};

/** A story that sets its own viewport is shown at that one only: its play function expects it. */
async function viewportsOf(page: Page, storyId: string) {
  const own = await ownViewport(page, storyId);
  if (!own) return Object.entries(VIEWPORTS);
  const found = Object.entries(STORY_VIEWPORTS).find(([name]) => name === own);
  if (!found) throw new Error(`Story ${storyId} sets a viewport the tests do not know: ${own}`);
  const { width, height } = found[1].styles;
  return [[own, { width: parseInt(width), height: parseInt(height) }] as const];
}

/**
 * A table that typing scrolled sideways (the caret kept in view on a phone) is shown from its
 * start. Scrolled, its sticky first column is a layer of its own, which Chromium sometimes drew a
 * pixel row lower than the rest (Customer Accounts after typing a Customer ID: 2 of 6 full runs).
 * The play functions check what typing did.
 */
async function scrollTablesToStart(page: Page) {
  await page.evaluate(() => {
    for (const table of document.querySelectorAll('.MuiTableContainer-root')) table.scrollLeft = 0;
  });
}

for (const story of builtStories()) {
  test(`${story.title} › ${story.name}`, async ({ storybook: page }) => {
    for (const [viewport, size] of await viewportsOf(page, story.id)) {
      await page.setViewportSize(size);
      await showStory(page, story.id);
      await scrollTablesToStart(page);
      // What a user of that screen sees first; a whole-page shot would draw an open dialog's
      // backdrop over the first screen only. Soft: a failure at one size still compares the other.
      await expect.soft(page).toHaveScreenshot([viewport, `${story.id}.png`]);
    }
  });
}
