import '@/api/contract/zod-setup';
import { z } from 'zod/mini';

export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

/** `iso` keeps the cloud's `YYYY-MM-DD`; `locale` writes dates the way the chosen language does. */
export const DATE_STYLES = ['iso', 'locale'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const preferencesSchema = z.object({
  locale: z.enum(LOCALES),
  dateStyle: z.enum(DATE_STYLES),
  timeZone: z.string().check(z.minLength(1)),
});
export type LanguagePreferences = z.infer<typeof preferencesSchema>;

/** One key for the four apps: a person's language and zone follow them from the CMS to the fleet. */
const STORAGE_KEY = 'license-console.language';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function browserLocale(): Locale {
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
  const match = languages
    .map((tag) => tag.slice(0, 2).toLowerCase())
    .find((tag): tag is Locale => (LOCALES as readonly string[]).includes(tag));
  return match ?? 'en';
}

function defaultPreferences(): LanguagePreferences {
  return { locale: browserLocale(), dateStyle: 'iso', timeZone: browserZone() };
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function loadPreferences(): LanguagePreferences {
  const defaults = defaultPreferences();
  try {
    const saved = z
      .partial(preferencesSchema)
      .safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}'));
    if (!saved.success) return defaults;
    const merged = { ...defaults, ...saved.data };
    return isKnownTimeZone(merged.timeZone) ? merged : { ...merged, timeZone: defaults.timeZone };
  } catch {
    return defaults;
  }
}

export function savePreferences(preferences: LanguagePreferences): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // Private mode or a full quota: the choice still holds for this visit.
  }
}
