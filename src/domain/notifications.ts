/**
 * SS-60: who is told about maintenance expiry, and when. The cloud enforces these rules; the form
 * applies the same ones so a mistake is marked where it is typed.
 */
export const MAX_RECIPIENTS = 10;
export const MAX_NOTICE_DAYS = 365;
export const DEFAULT_NOTICE_DAYS: readonly number[] = [90, 30, 7, 0];

/** Deliberately loose (one @, a dot in the domain, no spaces): the mail server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** How the cloud stores an address: trimmed and lower-cased, so duplicates compare equal. */
export function normalizeRecipient(value: string): string {
  return value.trim().toLowerCase();
}

/** Why `value` cannot join `others` as a recipient, or null when it can. */
export function recipientProblem(value: string, others: readonly string[]): string | null {
  const address = normalizeRecipient(value);
  if (address === '') return 'Enter an e-mail address.';
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
  if (!Number.isInteger(value)) return `Use whole days: ${value} is not one.`;
  if (value < 0 || value > MAX_NOTICE_DAYS)
    return `Days before expiry are 0 to ${MAX_NOTICE_DAYS}.`;
  if (others.includes(value)) return `${value} is already in the list.`;
  return null;
}
