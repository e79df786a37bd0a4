import type { UserEvent } from '@testing-library/user-event';

/**
 * Puts text into a field as a paste does, one input event instead of one per key, for tests where
 * typing key by key is not the behavior under test: in jsdom every key re-renders the whole form.
 * Each `{Enter}` in the text is pressed where it stands, as a user confirms a pasted value.
 */
export async function enterText(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  const [first = '', ...rest] = text.split('{Enter}');
  if (first) await user.paste(first);
  for (const part of rest) {
    await user.keyboard('{Enter}');
    if (part) await user.paste(part);
  }
}
