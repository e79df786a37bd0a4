import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGS } from './catalogs';
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
    setPreferences((current) => {
      const next = { ...current, ...change };
      savePreferences(next);
      return next;
    });
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
      <IntlProvider
        locale={preferences.locale}
        defaultLocale="en"
        messages={CATALOGS[preferences.locale]}
        timeZone={preferences.timeZone}
      >
        {children}
      </IntlProvider>
    </LanguageContext>
  );
}

export function useLanguage(): LanguageContextValue {
  const value = use(LanguageContext);
  if (!value)
    throw new Error('useLanguage() needs a <LanguageProvider> above it (AppProviders has one).');
  return value;
}
