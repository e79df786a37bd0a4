import type { CmsRole } from '@/api/contract/session';
import type { ScenarioName } from '@mocks/scenarios';
import type { StoryApp } from './story-app';

/** How the simulated cloud starts for a story; preview.tsx applies it before every story. */
interface CloudParameters {
  /** A seed plus network faults from mocks/scenarios.ts. Default: `typical-site`. */
  scenario?: ScenarioName;
  /** Signs the session in as the seed's first user of this CMS user type. Default: the Owner. */
  role?: CmsRole;
}

/** This project's own story parameters, next to those of Storybook and its addons. */
interface AppParameters {
  cloud?: CloudParameters;
  /** The in-memory URL the story starts at, as `/path?query`. Default: `/`. */
  url?: string;
  /** Let Manage Licenses open by itself after sign-in (SS-2). Default: already shown this session. */
  autoOpen?: boolean;
}

/** What preview.tsx adds to every story's context, before the story's own `beforeEach`. */
interface AppStoryContext {
  /** The story's QueryClient and in-memory URL (`app.location.history` for URL assertions). */
  app: StoryApp;
}

// Typed the way msw-storybook-addon types `parameters.msw` and `context.msw`.
declare module 'storybook/internal/csf' {
  interface Parameters {
    cloud?: AppParameters['cloud'];
    url?: AppParameters['url'];
    autoOpen?: AppParameters['autoOpen'];
  }
  interface StoryContext {
    app: AppStoryContext['app'];
  }
}
