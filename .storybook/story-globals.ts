import type { Globals, GlobalTypes } from 'storybook/internal/types';
import { cmsRoleSchema } from '@/api/contract/session';
import { scenarios } from '@mocks/scenarios';
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
  // Only English until the console's message catalogs land; the i18n work adds German here.
  locale: {
    description: 'Language of the console',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [{ value: 'en', title: 'English', right: 'en' }],
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
  role: STORY_OWN,
  scenario: STORY_OWN,
} satisfies Globals;

export function toolbarColorScheme(globals: Globals): ColorScheme {
  return globals.theme === 'dark' ? 'dark' : 'light';
}
