import { characterKind, codePoint } from '@/domain/text-input';
import type { Translate } from './use-text';

/** A character the user may not be able to see or tell apart, named in their language. */
function characterText(char: string, t: Translate): string {
  return t('common.input.character', { kind: characterKind(char), code: codePoint(char), char });
}

/** Where only plain characters may be typed: which character is not one (a look-alike, say). */
export function asciiOnlyText(char: string, allowed: 'digits' | 'emailCharacters', t: Translate) {
  return t('common.input.asciiOnly', { allowed, character: characterText(char, t) });
}
