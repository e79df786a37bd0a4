/**
 * Rules for typed and pasted text that the forms and the cloud share. IDs, codes and e-mail
 * addresses here use printable ASCII only, so a look-alike (Cyrillic “а” for “a”, a fullwidth “１”)
 * or an invisible character (a zero-width space from a web page) is refused and named, rather than
 * failing a format check that the text seems to pass.
 */

/** RFC 5321: a forward path holds at most 256 octets, 254 of them the address. */
export const MAX_EMAIL_LENGTH = 254;

export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What kind of character a message names: one the user may not be able to see, or a visible one. */
export function characterKind(char: string): 'incomplete' | 'space' | 'invisible' | 'visible' {
  if (/\p{Cs}/u.test(char)) return 'incomplete';
  if (/\p{Zs}/u.test(char)) return 'space';
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char)) return 'invisible';
  return 'visible';
}

/** How a message names a character the user may not be able to see or tell apart. */
export function describeCharacter(char: string): string {
  const code = codePoint(char);
  switch (characterKind(char)) {
    case 'incomplete':
      return `an incomplete character (${code})`;
    case 'space':
      return `a special space (${code})`;
    case 'invisible':
      return `an invisible character (${code})`;
    case 'visible':
      return `“${char}” (${code})`;
  }
}

/** The first character outside printable ASCII, or null. */
export function firstNonAscii(text: string): string | null {
  return /[^\x20-\x7e]/u.exec(text)?.[0] ?? null;
}

/** Why `text` cannot be used where only `allowed` (e.g. "Latin letters and digits") may be typed. */
export function nonAsciiProblem(text: string, allowed: string): string | null {
  const char = firstNonAscii(text);
  return char === null ? null : `Use ${allowed} only: ${describeCharacter(char)} is not one.`;
}

/** The first control or format character (zero-width, bidi override…), which free text refuses. */
export function firstInvisible(text: string): string | null {
  return /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.exec(text)?.[0] ?? null;
}

/**
 * What no free text may hold (notes, customer names, searches; none of them spans lines): control
 * characters (NUL, line breaks, tabs…) and line or paragraph separators; bidi embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which show text in another order than it is stored;
 * and half of a surrogate pair, which is no character at all and breaks what stores or exports it.
 */
const UNSAFE_IN_FREE_TEXT = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;

/** The first character free text refuses, or null. */
export function firstUnsafe(text: string): string | null {
  return UNSAFE_IN_FREE_TEXT.exec(text)?.[0] ?? null;
}

/**
 * Upper-cases a–z only: `toUpperCase` turns some non-Latin letters into Latin ones (“ı” → “I”,
 * “ſ” → “S”, “ﬁ” → “FI”), which would let a look-alike pass as a code.
 */
export function upperAscii(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

/**
 * How a search compares text (PP-3, CS-1): case, spaces and punctuation do not count, so "po4502"
 * finds "PO-4502" and an install code read out in groups finds it.
 */
export function searchKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
