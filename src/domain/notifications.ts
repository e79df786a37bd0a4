/**
 * SS-60: who is told about maintenance expiry, and when. The cloud enforces these rules; the form
 * applies the same ones so a mistake is marked where it is typed.
 */
import { firstNonAscii, MAX_EMAIL_LENGTH } from './text-input';

export const MAX_RECIPIENTS = 10;
export const MAX_NOTICE_DAYS = 365;
export const DEFAULT_NOTICE_DAYS: readonly number[] = [90, 30, 7, 0];

/**
 * Deliberately loose (RFC 5322 atoms before one @, a dot in the domain): the mail server has the
 * last word. ASCII only: a look-alike letter would send the mail to another domain.
 */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

/** How the cloud stores an address: trimmed and lower-cased, so duplicates compare equal. */
export function normalizeRecipient(value: string): string {
  return value.trim().toLowerCase();
}

/** Why an address cannot be a recipient; each side (cloud, form) words it in its own language. */
export type RecipientProblem =
  | { rule: 'empty' }
  | { rule: 'tooLong' }
  /** A character outside printable ASCII, e.g. a look-alike letter (see text-input.ts). */
  | { rule: 'notAscii'; char: string }
  | { rule: 'invalid'; typed: string }
  | { rule: 'duplicate'; address: string };

/** Why `value` cannot join `others` as a recipient, or null when it can. */
export function recipientProblem(
  value: string,
  others: readonly string[],
): RecipientProblem | null {
  const address = normalizeRecipient(value);
  if (address === '') return { rule: 'empty' };
  if (address.length > MAX_EMAIL_LENGTH) return { rule: 'tooLong' };
  const char = firstNonAscii(address);
  if (char !== null) return { rule: 'notAscii', char };
  if (!EMAIL.test(address)) return { rule: 'invalid', typed: value.trim() };
  if (others.some((other) => normalizeRecipient(other) === address))
    return { rule: 'duplicate', address };
  return null;
}

/** Why the list as a whole cannot be saved, or null when it can. */
export function recipientCountProblem(count: number): 'none' | 'tooMany' | null {
  if (count === 0) return 'none';
  if (count > MAX_RECIPIENTS) return 'tooMany';
  return null;
}

export type NoticeDayProblem =
  | { rule: 'notWhole'; value: number }
  | { rule: 'outOfRange' }
  | { rule: 'duplicate'; value: number };

/** Why `value` cannot join `others` as a notification day, or null when it can. */
export function noticeDayProblem(
  value: number,
  others: readonly number[],
): NoticeDayProblem | null {
  if (Number.isFinite(value) && !Number.isInteger(value)) return { rule: 'notWhole', value };
  if (!(value >= 0 && value <= MAX_NOTICE_DAYS)) return { rule: 'outOfRange' };
  if (others.includes(value)) return { rule: 'duplicate', value };
  return null;
}
