import type { Globals, GlobalTypes } from 'storybook/internal/types';
import { cmsRoleSchema } from '@/api/contract/session';
import { scenarios } from '@mocks/scenarios';
import type { LanguagePreferences } from '@/lib/i18n';
import { STORY_OWN } from '@tests/story-cloud';

type ColorScheme = 'light' | 'dark';

/**
 * The toolbar: color scheme, locale, CMS role and the simulated cloud's scenario. The viewport
 * menu is Storybook's own (parameters.viewport in preview.tsx).
 */
export const globalTypes = {
  theme: {
    description: 'Color scheme',
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Language of the console',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English', right: 'en' },
        { value: 'de', title: 'Deutsch', right: 'de' },
      ],
      dynamicTitle: true,
    },
  },
  dateStyle: {
    description: 'How dates are written',
    toolbar: {
      title: 'Dates',
      icon: 'calendar',
      items: [
        { value: 'iso', title: 'Dates: ISO (2027-03-31)' },
        { value: 'locale', title: 'Dates: the language’s style' },
      ],
      dynamicTitle: true,
    },
  },
  timeZone: {
    description: 'The user’s time zone (the cloud keeps UTC)',
    toolbar: {
      title: 'Time zone',
      icon: 'time',
      items: ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'].map((zone) => ({
        value: zone,
        title: zone,
      })),
      dynamicTitle: true,
    },
  },
  role: {
    description: 'Who is signed in to the CMS',
    toolbar: {
      title: 'Role',
      icon: 'user',
      items: [
        { value: STORY_OWN, title: 'Role: as the story sets it' },
        ...cmsRoleSchema.options.map((role) => ({ value: role, title: role })),
      ],
      dynamicTitle: true,
    },
  },
  scenario: {
    description: 'The simulated cloud’s seed and network faults',
    toolbar: {
      title: 'Scenario',
      icon: 'database',
      items: [
        { value: STORY_OWN, title: 'Scenario: as the story sets it' },
        ...Object.entries(scenarios).map(([name, { label }]) => ({ value: name, title: label })),
      ],
      dynamicTitle: true,
    },
  },
} satisfies GlobalTypes;

export const initialGlobals = {
  theme: 'light',
  locale: 'en',
  dateStyle: 'iso',
  timeZone: 'UTC',
  role: STORY_OWN,
  scenario: STORY_OWN,
} satisfies Globals;

export function toolbarColorScheme(globals: Globals): ColorScheme {
  return globals.theme === 'dark' ? 'dark' : 'light';
}

/** The toolbar's language, date style and zone, as the app's language settings hold them. */
export function toolbarLanguage(globals: Globals): Partial<LanguagePreferences> {
  return {
    locale: globals.locale === 'de' ? 'de' : 'en',
    dateStyle: globals.dateStyle === 'locale' ? 'locale' : 'iso',
    timeZone: typeof globals.timeZone === 'string' ? globals.timeZone : 'UTC',
  };
}
