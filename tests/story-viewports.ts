import type { ViewportMap } from 'storybook/viewport';

/**
 * The sizes issue 18 checks every view at (UX-2): a phone and a small laptop; and the desktop the
 * views are designed on, for the toolbar.
 */
export const STORY_VIEWPORTS = {
  phone: { name: 'Phone 390 × 844', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  laptop: {
    name: 'Laptop 1024 × 768',
    styles: { width: '1024px', height: '768px' },
    type: 'desktop',
  },
  desktop: {
    name: 'Desktop 1440 × 900',
    styles: { width: '1440px', height: '900px' },
    type: 'desktop',
  },
} satisfies ViewportMap;

/** A story's globals for one of the viewports: the toolbar shows it, Vitest sizes the page to it. */
export function atViewport(name: keyof typeof STORY_VIEWPORTS) {
  return { viewport: { value: name, isRotated: false } };
}
