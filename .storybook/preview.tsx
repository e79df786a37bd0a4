import type { Decorator, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { inspect } from '@tests/builders';
import { AUTO_OPEN_STORAGE_PREFIX } from '@/features/manage-licenses/status/use-auto-open';
import { handlers } from '@mocks/handlers';
import { forgetCloudOf, rememberCloudOf } from '@mocks/cloud/instance';
import { setDefaultRequestTimeout } from '@/api/client';
import { loadAreaWords } from '@/lib/i18n';
import { createStoryApp, StoryAppProviders } from './story-app';
import { repeatableIds, startStoryCloud } from '@tests/story-cloud';
import { globalTypes, initialGlobals, toolbarColorScheme, toolbarLanguage } from './story-globals';
import { TIMEOUTS } from '@tests/timeouts';
import { STORY_VIEWPORTS } from '@tests/story-viewports';
import './story-types';

// Play functions wait for what a user waits for; Testing Library's 1 s default would make a story
// fail on a busy machine instead of on a bug.
configure({ asyncUtilTimeout: TIMEOUTS.elementWait });

/** The simulated cloud's routes for every story; a story adds overrides with `msw.use()`. */
async function startWorker() {
  const worker = setupWorker(...handlers);
  // Each story resets the cloud: a request of the story before is answered by that story's cloud.
  worker.events.on('request:start', ({ requestId }) => rememberCloudOf(requestId));
  worker.events.on('request:end', ({ requestId }) => forgetCloudOf(requestId));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return worker;
}

// Registered as the preview loads, not when the first story's loader asks: the service worker's
// install then overlaps the story index and the first story file arriving (a shorter cold start).
const workerStarted = startWorker();

const withApp: Decorator = (Story, { app, globals }) => (
  <StoryAppProviders
    key={app.id}
    app={app}
    colorScheme={toolbarColorScheme(globals)}
    language={toolbarLanguage(globals)}
  >
    <Story />
  </StoryAppProviders>
);

const preview: Preview = {
  // A story renders an area's views without the loader that brings their words in the app.
  loaders: [mswLoader(() => workerStarted), () => loadAreaWords().then(() => ({}))],
  // Runs after the loaders and before the story's own `beforeEach`, which may change the seed
  // through `cloud()` or add handlers with `msw.use()`. Storybook runs both again when a global or
  // an arg changes, so the toolbar and the Controls panel start the story afresh.
  beforeEach(context) {
    const restoreIds = repeatableIds();
    startStoryCloud(context.args, context.globals);
    setDefaultRequestTimeout(context.parameters.requestTimeout === 'never' ? null : undefined);
    // A fresh browser session per story. Manage Licenses opening by itself (SS-2) would cover most
    // stories, so it counts as already shown unless a story sets `parameters.autoOpen`.
    window.sessionStorage.clear();
    if (!context.parameters.autoOpen) {
      for (const user of inspect().users)
        window.sessionStorage.setItem(`${AUTO_OPEN_STORAGE_PREFIX}${user.id}`, 'shown');
    }
    // A fresh QueryClient and in-memory URL for every story (the decorator remounts on a new one).
    const app = createStoryApp(context.parameters.url);
    context.app = app;
    return () => {
      app.queryClient.clear();
      restoreIds();
    };
  },
  decorators: [withApp],
  globalTypes,
  initialGlobals,
  // A Docs page for every story file (shared components and features alike).
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story, in the Storybook UI and under Vitest.
    a11y: { test: 'error' },
    // A story picks one with `globals: atViewport('phone')`; the toolbar offers all for any story.
    viewport: { options: STORY_VIEWPORTS },
  },
};

export default preview;
