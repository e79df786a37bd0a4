import { describe, expect, it } from 'vitest';
import { describeCharacter, firstInvisible, nonAsciiProblem, upperAscii } from './text-input';

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

  it('upper-cases Latin letters only, so no look-alike becomes one', () => {
    expect(upperAscii('ef7q-2k9m')).toBe('EF7Q-2K9M');
    expect(upperAscii('fghıj ſ ﬁ ß')).toBe('FGHıJ ſ ﬁ ß');
  });
});
