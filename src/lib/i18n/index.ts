export type { MessageId } from './catalogs';
export { useDates, SERVER_TIME_ZONE } from './use-dates';
export { LanguageProvider, useLanguage } from './language-provider';
export {
  DATE_STYLES,
  LOCALES,
  isKnownTimeZone,
  type DateStyle,
  type LanguagePreferences,
  type Locale,
} from './preferences';
export { Message, useText, type MessageValues, type Translate } from './use-text';
export { translatorFor } from './translator';
