import { expect, waitFor, within } from 'storybook/test';

/**
 * A story's dialog: MUI renders it in a portal outside the story's root, and it fades in, so wait
 * until a user could see it.
 */
export async function findDialog(
  canvasElement: HTMLElement,
  name: string | RegExp,
): Promise<HTMLElement> {
  const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}
