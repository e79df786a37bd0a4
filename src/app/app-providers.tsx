import { use, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LanguageProvider, useLanguage, type LanguagePreferences } from '@/lib/i18n';
import { loadThemeFor, themeFor } from '@/lib/theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  /** Language, date style or time zone to start with instead of the saved choice (stories, tests). */
  language?: Partial<LanguagePreferences>;
  children: ReactNode;
}

/** The theme, with MUI's built-in words (a table's pager, an alert's Close) in the chosen language. */
function LocalizedTheme({ children }: { children: ReactNode }) {
  const { preferences } = useLanguage();
  // A language whose theme is not here yet holds what is below (LanguageProvider's Suspense).
  const theme = themeFor(preferences.locale) ?? use(loadThemeFor(preferences.locale));
  return (
    <ThemeProvider theme={theme} defaultMode="system" noSsr>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}

/** Everything a screen needs around it; the app, tests and stories all render through this. */
export function AppProviders({ queryClient, language, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <LocalizedTheme>{children}</LocalizedTheme>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
