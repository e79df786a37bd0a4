import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  startTransition,
  Suspense,
  type ReactNode,
} from 'react';
import { IntlProvider } from 'react-intl';
import { catalogOf, loadCatalog } from './catalogs/load';
import { loadPreferences, savePreferences, type LanguagePreferences } from './preferences';

interface LanguageContextValue {
  preferences: LanguagePreferences;
  changePreferences: (change: Partial<LanguagePreferences>) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

interface LanguageProviderProps {
  /** Overrides the saved choice (Storybook's locale global, a test in German). */
  initial?: Partial<LanguagePreferences>;
  children: ReactNode;
}

/** Language, date style and time zone for every screen below it; the choice is saved for the next visit. */
export function LanguageProvider({ initial, children }: LanguageProviderProps) {
  const [preferences, setPreferences] = useState(() => ({ ...loadPreferences(), ...initial }));
  const changePreferences = useCallback((change: Partial<LanguagePreferences>) => {
    // A transition: what else the new language needs (MUI's words, app-providers.tsx) may still
    // be on its way, and the screen keeps the old language until it is here, never blank.
    const apply = () =>
      startTransition(() =>
        setPreferences((current) => {
          const next = { ...current, ...change };
          savePreferences(next);
          return next;
        }),
      );
    // A language not loaded yet switches once its messages are here: the screen never goes blank.
    if (change.locale !== undefined && catalogOf(change.locale) === undefined)
      void loadCatalog(change.locale).then(apply);
    else apply();
  }, []);
  useEffect(() => {
    document.documentElement.lang = preferences.locale;
  }, [preferences.locale]);
  const value = useMemo(
    () => ({ preferences, changePreferences }),
    [preferences, changePreferences],
  );
  return (
    <LanguageContext value={value}>
      <Suspense fallback={null}>
        <IntlWithMessages preferences={preferences}>{children}</IntlWithMessages>
      </Suspense>
    </LanguageContext>
  );
}

/** A saved or given language that is not loaded yet holds what is below until it is. */
function IntlWithMessages({
  preferences,
  children,
}: {
  preferences: LanguagePreferences;
  children: ReactNode;
}) {
  const messages = catalogOf(preferences.locale) ?? use(loadCatalog(preferences.locale));
  // No time zone: dates are formatted by useDates() in the user's zone, never by a message, and
  // with one react-intl merges its date formats again for every message with arguments.
  return (
    <IntlProvider locale={preferences.locale} defaultLocale="en" messages={messages}>
      {children}
    </IntlProvider>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = use(LanguageContext);
  if (!value)
    throw new Error('useLanguage() needs a <LanguageProvider> above it (AppProviders has one).');
  return value;
}
