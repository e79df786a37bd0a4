import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LanguageProvider, type LanguagePreferences } from '@/lib/i18n';
import { theme } from '@/lib/theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** Language, date style or time zone to start with instead of the saved choice (stories, tests). */
  language?: Partial<LanguagePreferences>;
  children: ReactNode;
}

/** Everything a screen needs around it; the app, tests and stories all render through this. */
export function AppProviders({ queryClient, language, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <ThemeProvider theme={theme} defaultMode="system" noSsr>
          <CssBaseline enableColorScheme />
          {children}
        </ThemeProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
