import { fireEvent } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, onTestFinished, vi } from 'vitest';
import { inspect } from '@tests/builders';
import { server } from '@mocks/node';

/** Quality R15: markup and script URLs, which free text must show as text and never run. */
export const PAYLOADS = [
  ['an <img onerror> payload', '<img src=x onerror=alert(1)>'],
  ['a <script> payload', '<script>alert(1)</script>'],
  ['a javascript: URL', 'javascript:alert(1)'],
] as const;

export const LONG_LENGTH = 10_000;
export const ZERO_WIDTH_SPACE = '\u200B';
export const NO_BREAK_SPACE = '\u00A0';

/** Latin letters and digits with a look-alike from another script, as pasted from a lookalike. */
export const LOOKALIKE = {
  a: 'а', // U+0430 CYRILLIC SMALL LETTER A
  e: 'е', // U+0435
  o: 'о', // U+043E
  A: 'А', // U+0410
  E: 'Е', // U+0415
  one: '１', // U+FF11 FULLWIDTH DIGIT ONE
  two: '２', // U+FF12
  dotlessI: 'ı', // U+0131, which toUpperCase() turns into a Latin I
} as const;

/** `text` with its first `from` replaced by `to` (fails loudly if there is none). */
export function swapFirst(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${text}" has no "${from}" to swap`);
  return `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
}

/** `text` with `inserted` after its `at`-th character. */
export function insertAt(text: string, at: number, inserted: string): string {
  return `${text.slice(0, at)}${inserted}${text.slice(at)}`;
}

/** The messages the look-alike rule gives (src/domain/text-input.ts). */
export const notOne = (allowed: string, what: string) => `Use ${allowed} only: ${what} is not one.`;
export const NAMED = {
  cyrillicA: '“а” (U+0430)',
  cyrillicE: '“е” (U+0435)',
  cyrillicO: '“о” (U+043E)',
  cyrillicCapitalA: '“А” (U+0410)',
  cyrillicCapitalE: '“Е” (U+0415)',
  fullwidthOne: '“１” (U+FF11)',
  fullwidthTwo: '“２” (U+FF12)',
  dotlessI: '“ı” (U+0131)',
  zeroWidthSpace: 'an invisible character (U+200B)',
  noBreakSpace: 'a special space (U+00A0)',
} as const;

/**
 * Replaces a text box's value as pasting over a selection does: one input event, so 10,000
 * characters cost no more than ten (MUI in jsdom re-renders per event). Focus comes first.
 */
export async function replaceText(user: UserEvent, field: HTMLElement, value: string) {
  if (document.activeElement !== field) await user.click(field);
  fireEvent.change(field, { target: { value } });
}

/**
 * A long sweep in parts, each one render: a busy 2-core machine runs MUI in jsdom a few times
 * slower, and one render through 13 values could then near the 15 s test timeout.
 */
export function inParts<T>(cases: readonly T[], size = 7): [string, T[]][] {
  const parts: [string, T[]][] = [];
  for (let start = 0; start < cases.length; start += size) {
    const end = Math.min(start + size, cases.length);
    parts.push([`${start + 1}–${end} of ${cases.length}`, cases.slice(start, end)]);
  }
  return parts;
}

/** Everything the simulated cloud holds, to compare after a refusal: nothing may have changed. */
export function cloudSnapshot() {
  return structuredClone(inspect());
}

/** Every request other than a GET the page sends from now on, as `METHOD /path`. */
export function watchCommands(): string[] {
  const sent: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'GET') sent.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  server.events.on('request:start', listener);
  onTestFinished(() => {
    server.events.removeListener('request:start', listener);
  });
  return sent;
}

/**
 * Spies on `window.alert` and checks that no payload became markup: what a script injection would
 * need first. Call `check()` after the payload is on screen.
 */
export function watchForScripts() {
  const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
  return {
    check() {
      expect(document.querySelector('img[src="x"]')).toBeNull();
      expect(document.querySelector('script')).toBeNull();
      expect(document.querySelector('[onerror]')).toBeNull();
      expect(document.querySelector('a[href^="javascript:" i]')).toBeNull();
      expect(alert).not.toHaveBeenCalled();
    },
  };
}
