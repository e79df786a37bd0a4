import type { z } from 'zod/mini';
import {
  characterKind,
  codePoint,
  firstInvisible,
  firstNonAscii,
  firstUnsafe,
} from '@/domain/text-input';
import type { Translate } from './use-text';

/** A character the user may not be able to see or tell apart, named in their language. */
function characterText(char: string, t: Translate): string {
  return t('common.input.character', { kind: characterKind(char), code: codePoint(char), char });
}

/** What a field that takes plain characters only takes. */
export type AsciiAllowed = 'digits' | 'lettersAndDigits' | 'emailCharacters';

/** Where only plain characters may be typed: which character is not one (a look-alike, say). */
export function asciiOnlyText(char: string, allowed: AsciiAllowed, t: Translate) {
  return t('common.input.asciiOnly', { allowed, character: characterText(char, t) });
}

/**
 * For `.superRefine` on an ID or code as typed in a form: a look-alike or invisible character is
 * named in the user's language, and the format check after it is skipped, since it would only
 * confuse.
 */
export function asciiOnlyIn(allowed: AsciiAllowed, t: Translate) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const char = firstNonAscii(value);
    if (char !== null)
      ctx.addIssue({ code: 'custom', message: asciiOnlyText(char, allowed, t), continue: false });
  };
}

/**
 * For `.superRefine` on free text typed in a form (a note, a customer name): a control character,
 * a bidi override or half a surrogate pair — with `invisible`, any invisible character — is named
 * in the user's language, before the contract's own check (which words it for the cloud) could.
 */
export function plainTextIn(
  what: 'note' | 'customerName' | 'purchaseOrder',
  t: Translate,
  { invisible = false } = {},
) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const char = firstUnsafe(value) ?? (invisible ? firstInvisible(value) : null);
    if (char !== null)
      ctx.addIssue({
        code: 'custom',
        message: t('common.input.plainText', { what, character: characterText(char, t) }),
        continue: false,
      });
  };
}
