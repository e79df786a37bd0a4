import type { StoryApp } from './story-app';

/**
 * This project's own story parameters, next to those of Storybook and its addons. How the
 * simulated cloud starts is an arg (`CloudArgs` in tests/story-cloud.ts), so designers can change it.
 */
interface AppParameters {
  /** The in-memory URL the story starts at, as `/path?query`. Default: `/`. */
  url?: string;
  /** Let Manage Licenses open by itself after sign-in (SS-2). Default: already shown this session. */
  autoOpen?: boolean;
  /**
   * `'never'`: no request gives up by itself, for a story that holds the cloud's answer back to
   * show a loading state for as long as anyone looks at it. Default: the app's 20 s.
   */
  requestTimeout?: 'never';
}

/** What preview.tsx adds to every story's context, before the story's own `beforeEach`. */
interface AppStoryContext {
  /** The story's QueryClient and in-memory URL (`app.location.history` for URL assertions). */
  app: StoryApp;
}

// Typed the way msw-storybook-addon types `parameters.msw` and `context.msw`.
declare module 'storybook/internal/csf' {
  interface Parameters {
    url?: AppParameters['url'];
    autoOpen?: AppParameters['autoOpen'];
    requestTimeout?: AppParameters['requestTimeout'];
  }
  interface StoryContext {
    app: AppStoryContext['app'];
  }
}
