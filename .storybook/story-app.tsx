import type { ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '@/app/app-providers';
import { createQueryClient } from '@/lib/query-client';

function createStoryLocation(url: string) {
  const [path = '/', search = ''] = url.split('?');
  return memoryLocation({ path, searchPath: search, record: true });
}

/** An in-memory wouter location; `history` lists every URL it was at, the current one last. */
type StoryLocation = ReturnType<typeof createStoryLocation>;

/** What one story renders inside: its own QueryClient (no retries) and its own URL. */
export interface StoryApp {
  queryClient: QueryClient;
  location: StoryLocation;
}

export function createStoryApp(url = '/'): StoryApp {
  return { queryClient: createQueryClient({ retry: false }), location: createStoryLocation(url) };
}

/** The providers the app renders through (tests/render.tsx does the same for component tests). */
export function StoryAppProviders({ app, children }: { app: StoryApp; children: ReactNode }) {
  return (
    <AppProviders queryClient={app.queryClient}>
      <Router hook={app.location.hook} searchHook={app.location.searchHook}>
        {children}
      </Router>
    </AppProviders>
  );
}
