export type { MessageId } from './catalogs';
export { useDates } from './use-dates';
export { LanguageProvider, useLanguage } from './language-provider';
export { loadAreaWords } from './catalogs/load';
export { DATE_STYLES, LOCALES, type LanguagePreferences, type Locale } from './preferences';
export { Message, useText, type Translate } from './use-text';
export { coverageSentence, licenseDescription } from './license-text';
