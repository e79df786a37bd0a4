import { describe, expect, it } from 'vitest';
import {
  describeCharacter,
  firstInvisible,
  firstUnsafe,
  nonAsciiProblem,
  upperAscii,
} from './text-input';

describe('text input rules', () => {
  it('names a look-alike by its code point, and invisible characters as such', () => {
    expect(describeCharacter('а')).toBe('“а” (U+0430)');
    expect(describeCharacter('１')).toBe('“１” (U+FF11)');
    expect(describeCharacter('\u200B')).toBe('an invisible character (U+200B)');
    expect(describeCharacter('\u202E')).toBe('an invisible character (U+202E)');
    expect(describeCharacter('\u00A0')).toBe('a special space (U+00A0)');
  });

  it('refuses the first character outside printable ASCII, and nothing else', () => {
    expect(nonAsciiProblem('ABC-123 x@y.z', 'Latin letters and digits')).toBeNull();
    expect(nonAsciiProblem('exаmple', 'Latin letters and digits')).toBe(
      'Use Latin letters and digits only: “а” (U+0430) is not one.',
    );
    expect(nonAsciiProblem('a\tb', 'Latin letters and digits')).toBe(
      'Use Latin letters and digits only: an invisible character (U+0009) is not one.',
    );
  });

  it('finds invisible characters in free text but lets other scripts through', () => {
    expect(firstInvisible('Завод Nord 1')).toBeNull();
    expect(firstInvisible('Nord\u200B')).toBe('\u200B');
  });

  it('finds what no free text may hold: controls, bidi overrides and isolates, lone surrogates', () => {
    for (const char of ['\u0000', '\n', '\t', '\u007F', '\u0085', '\u2028', '\u2029'])
      expect(firstUnsafe(`Cabinet ${char}4`), JSON.stringify(char)).toBe(char);
    for (let code = 0x202a; code <= 0x202e; code += 1)
      expect(firstUnsafe(`a${String.fromCharCode(code)}b`)).toBe(String.fromCharCode(code));
    for (let code = 0x2066; code <= 0x2069; code += 1)
      expect(firstUnsafe(`a${String.fromCharCode(code)}b`)).toBe(String.fromCharCode(code));
    expect(firstUnsafe('a\ud800b')).toBe('\ud800');
    expect(firstUnsafe('a\udc00')).toBe('\udc00');
    // Other scripts, emoji (a whole surrogate pair) and a zero-width space are text.
    expect(firstUnsafe('Завод Nord 1 😀 שלום Cabinet\u200B4')).toBeNull();
    expect(describeCharacter('\ud800')).toBe('an incomplete character (U+D800)');
  });

  it('upper-cases Latin letters only, so no look-alike becomes one', () => {
    expect(upperAscii('ef7q-2k9m')).toBe('EF7Q-2K9M');
    expect(upperAscii('fghıj ſ ﬁ ß')).toBe('FGHıJ ſ ﬁ ß');
  });
});
