import { useLayoutEffect, type ReactNode } from 'react';
import { useColorScheme } from '@mui/material/styles';
import type { QueryClient } from '@tanstack/react-query';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '@/app/app-providers';
import type { LanguagePreferences } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { UrlSearchProvider } from '@/lib/url-search-store';

function createStoryLocation(url: string) {
  const [path = '/', search = ''] = url.split('?');
  return memoryLocation({ path, searchPath: search, record: true });
}

/** An in-memory wouter location; `history` lists every URL it was at, the current one last. */
type StoryLocation = ReturnType<typeof createStoryLocation>;

/** What one story renders inside: its own QueryClient (no retries) and its own URL. */
export interface StoryApp {
  /** Tells one start of a story from the next: a new one remounts everything inside. */
  id: number;
  queryClient: QueryClient;
  location: StoryLocation;
}

let started = 0;

export function createStoryApp(url = '/'): StoryApp {
  started += 1;
  return {
    id: started,
    queryClient: createQueryClient({ retry: false }),
    location: createStoryLocation(url),
  };
}

/** The toolbar's color scheme, applied before the first paint. */
function ColorScheme({ mode }: { mode: 'light' | 'dark' }) {
  const { setMode } = useColorScheme();
  useLayoutEffect(() => setMode(mode), [mode, setMode]);
  return null;
}

/** The providers the app renders through (tests/render.tsx does the same for component tests). */
export function StoryAppProviders({
  app,
  colorScheme,
  language,
  children,
}: {
  app: StoryApp;
  colorScheme: 'light' | 'dark';
  language: Partial<LanguagePreferences>;
  children: ReactNode;
}) {
  return (
    <AppProviders queryClient={app.queryClient} language={language}>
      <ColorScheme mode={colorScheme} />
      <Router hook={app.location.hook} searchHook={app.location.searchHook}>
        <UrlSearchProvider>{children}</UrlSearchProvider>
      </Router>
    </AppProviders>
  );
}
