/**
 * SS-60: who is told about maintenance expiry, and when. The cloud enforces these rules; the form
 * applies the same ones so a mistake is marked where it is typed.
 */
import { MAX_EMAIL_LENGTH, nonAsciiProblem } from './text-input';

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

/** Why `value` cannot join `others` as a recipient, or null when it can. */
export function recipientProblem(value: string, others: readonly string[]): string | null {
  const address = normalizeRecipient(value);
  if (address === '') return 'Enter an e-mail address.';
  if (address.length > MAX_EMAIL_LENGTH)
    return `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.`;
  const foreign = nonAsciiProblem(address, 'Latin letters, digits and punctuation');
  if (foreign) return foreign;
  if (!EMAIL.test(address)) return `${value.trim()} is not a valid e-mail address.`;
  if (others.some((other) => normalizeRecipient(other) === address))
    return `${address} is already a recipient.`;
  return null;
}

/** Why the list as a whole cannot be saved, or null when it can. */
export function recipientCountProblem(count: number): string | null {
  if (count === 0) return 'Add at least one recipient.';
  if (count > MAX_RECIPIENTS) return `At most ${MAX_RECIPIENTS} recipients.`;
  return null;
}

/** Why `value` cannot join `others` as a notification day, or null when it can. */
export function noticeDayProblem(value: number, others: readonly number[]): string | null {
  if (Number.isFinite(value) && !Number.isInteger(value))
    return `Use whole days: ${value} is not one.`;
  if (!(value >= 0 && value <= MAX_NOTICE_DAYS))
    return `Days before expiry are 0 to ${MAX_NOTICE_DAYS}.`;
  if (others.includes(value)) return `${value} is already in the list.`;
  return null;
}
