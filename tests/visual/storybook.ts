import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { TIMEOUTS } from '../timeouts';

const BUILD = join(import.meta.dirname, '../../.tmp/test-builds/storybook');

/** One story as the built Storybook's index.json lists it. */
interface StoryEntry {
  id: string;
  title: string;
  name: string;
}

/** Every story of the built Storybook: new stories are compared without listing them anywhere. */
export function builtStories(): StoryEntry[] {
  const index = join(BUILD, 'index.json');
  if (!existsSync(index)) {
    throw new Error(
      `No built Storybook at ${index}: run \`node scripts/test-builds.mjs storybook\` first ` +
        '(npm test, npm run test:visual and npm run test:visual:update do).',
    );
  }
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as {
    entries: Record<string, StoryEntry & { type: string }>;
  };
  return Object.values(entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** What the page's Storybook preview exposes (storybook/internal/preview-api, core-events). */
interface StoryRenderPhase {
  storyId: string;
  newPhase: string;
}
interface StorybookChannel {
  on(event: 'storyRenderPhaseChanged', listener: (phase: StoryRenderPhase) => void): void;
  off(event: 'storyRenderPhaseChanged', listener: (phase: StoryRenderPhase) => void): void;
  emit(event: 'setCurrentStory' | 'forceRemount', selection: object): void;
}
interface StorybookPreview {
  currentRender?: { id: string; phase: string };
  storyStoreValue?: {
    loadStory(selection: { storyId: string }): Promise<{
      storyGlobals: { viewport?: { value?: string } };
    }>;
  };
}
declare global {
  interface Window {
    __STORYBOOK_PREVIEW__?: StorybookPreview;
    __STORYBOOK_ADDONS_CHANNEL__?: StorybookChannel;
  }
}

/** The phases after which a story's render ends (storybook/internal/preview-api StoryRender). */
const ENDED = ['finished', 'errored', 'aborted'];

/**
 * A worker's one page of the built Storybook. Loading iframe.html again for every story costs a
 * second or more of script parsing and service-worker start; switching stories on the page's
 * channel costs only the story. Each story still starts from a fresh simulated cloud, QueryClient
 * and URL (.storybook/preview.tsx), as in `npm run test:stories`, which shares one page too.
 */
export const test = base.extend<object, { storybook: Page }>({
  storybook: [
    async ({ browser }, use, workerInfo) => {
      const page = await browser.newPage({ baseURL: workerInfo.project.use.baseURL });
      // The a11y addon's axe scan after each story: `npm run test:stories` runs it, a screenshot
      // needs none of it.
      await page.goto('/iframe.html?viewMode=story&globals=a11y.manual:!true');
      await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue, null, {
        timeout: TIMEOUTS.e2eServerStart,
      });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** The viewport a story sets for itself (`globals: atViewport('phone')`), if any. */
export async function ownViewport(page: Page, storyId: string): Promise<string | undefined> {
  return page.evaluate(async (id) => {
    const story = await window.__STORYBOOK_PREVIEW__?.storyStoreValue?.loadStory({ storyId: id });
    return story?.storyGlobals.viewport?.value;
  }, storyId);
}

/**
 * Renders a story afresh at the page's current size and resolves when its play function has
 * passed (the state the story is about) or throws why it did not end.
 */
export async function showStory(page: Page, storyId: string): Promise<void> {
  // Whether a focused button shows its focus ring depends on how the user last interacted
  // (Chromium's :focus-visible heuristic), which would otherwise be whatever the story before
  // on this page left behind. A real key press makes it the keyboard, for every story alike.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press('Shift');
  const phase = await page.evaluate(
    ({ id, ended }) =>
      new Promise<string>((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) throw new Error('The page is not a Storybook preview.');
        const listener = ({ storyId, newPhase }: StoryRenderPhase) => {
          if (storyId !== id || !ended.includes(newPhase)) return;
          channel.off('storyRenderPhaseChanged', listener);
          resolve(newPhase);
        };
        channel.on('storyRenderPhaseChanged', listener);
        // Storybook skips showing the story it already shows: a second size remounts it.
        if (window.__STORYBOOK_PREVIEW__?.currentRender?.id === id)
          channel.emit('forceRemount', { storyId: id });
        else channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    { id: storyId, ended: ENDED },
  );
  if (phase !== 'finished') {
    throw new Error(
      `Story ${storyId} ${phase} instead of finishing: its play function failed ` +
        `(npx vitest run --project storybook shows why).`,
    );
  }
}
