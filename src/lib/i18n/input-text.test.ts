import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { asciiOnlyIn, plainTextIn } from './input-text';
import { translatorFor } from './translator';

const problem = (schema: z.ZodMiniType, typed: string) =>
  schema.safeParse(typed).error?.issues.map((issue) => issue.message);

describe('what a form says of a character it cannot take, in the user’s language', () => {
  it('names a look-alike where only plain characters go, and checks nothing after it', () => {
    const code = (locale: 'en' | 'de') =>
      z.string().check(
        z.superRefine(asciiOnlyIn('lettersAndDigits', translatorFor(locale))),
        z.refine((value) => value.length === 4, 'four characters'),
      );
    // A Greek "Ο" in place of the Latin "O".
    expect(problem(code('en'), 'AB\u039fCD')).toEqual([
      'Use Latin letters and digits only: “\u039f” (U+039F) is not one.',
    ]);
    expect(problem(code('de'), 'AB\u039fCD')).toEqual([
      'Verwenden Sie nur lateinische Buchstaben und Ziffern: „\u039f“ (U+039F) gehört nicht dazu.',
    ]);
    expect(problem(code('en'), 'ABCD')).toBeUndefined();
  });

  it('refuses a bidi override in free text, and any invisible character only when asked', () => {
    const text = (invisible: boolean) =>
      z
        .string()
        .check(z.superRefine(plainTextIn('customerName', translatorFor('de'), { invisible })));
    expect(problem(text(false), 'Nordwind \u202e')).toEqual([
      'Ein Kundenname darf dieses Zeichen nicht enthalten: ein unsichtbares Zeichen (U+202E).',
    ]);
    // A zero-width space: harmless in a note, a way to fake a customer's name.
    expect(problem(text(false), 'Nord\u200bwind')).toBeUndefined();
    expect(problem(text(true), 'Nord\u200bwind')).toEqual([
      'Ein Kundenname darf dieses Zeichen nicht enthalten: ein unsichtbares Zeichen (U+200B).',
    ]);
  });
});
