import { expect, waitFor, within } from 'storybook/test';
import type { STORY_VIEWPORTS } from './story-viewports';
import { atViewport } from './story-viewports';
import { cmsEn } from '@/lib/i18n/catalogs/cms.en';

/** The Manage Licenses dialog's bar while a view's code loads (stories run in English). */
const VIEW_LOADING_LABEL = cmsEn['cms.dialog.viewLoading'];

/**
 * A story's dialog: MUI renders it in a portal outside the story's root, and it fades in, so wait
 * until a user could see it, and until a lazily loaded view has replaced its loading bar.
 */
export async function findDialog(
  canvasElement: HTMLElement,
  name: string | RegExp,
): Promise<HTMLElement> {
  const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name });
  await waitFor(() => expect(dialog).toBeVisible());
  await waitFor(
    () =>
      expect(within(dialog).queryByRole('progressbar', { name: VIEW_LOADING_LABEL })).toBeNull(),
    { timeout: 10_000 },
  );
  return dialog;
}

/**
 * UX-2: neither the page nor an open dialog scrolls sideways at the story's viewport; a wide
 * table scrolls inside its own box instead.
 */
async function expectNoSidewaysScroll(canvasElement: HTMLElement): Promise<void> {
  const document = canvasElement.ownerDocument;
  const page = document.scrollingElement ?? document.documentElement;
  await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  for (const dialog of within(document.body).queryAllByRole('dialog')) {
    await expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth);
  }
}

/** What `onViewport` needs of a story: its play function, called with the story's context. */
interface PlayableStory<Context extends { canvasElement: HTMLElement }> {
  play?: (context: Context) => Promise<void> | void;
}

/**
 * UX-2: a story again at a phone's or a small laptop's size: its own play function, then a check
 * that nothing scrolls sideways. `export const DefaultOnPhone: Story = onViewport(Default, 'phone')`.
 */
export function onViewport<
  Context extends { canvasElement: HTMLElement },
  S extends PlayableStory<Context>,
>(story: S, viewport: keyof typeof STORY_VIEWPORTS) {
  return {
    ...story,
    globals: atViewport(viewport),
    play: async (context: Context) => {
      await story.play?.(context);
      await expectNoSidewaysScroll(context.canvasElement);
    },
  };
}
