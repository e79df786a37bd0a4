import {
  MAX_NOTICE_DAYS,
  MAX_RECIPIENTS,
  type NoticeDayProblem,
  type RecipientProblem,
} from '@/domain/notifications';
import { describeCharacter, MAX_EMAIL_LENGTH } from '@/domain/text-input';

/**
 * SS-60's refusals as the cloud words them, in English; the form says the same in the user's
 * language (src/features/manage-licenses/dialog/notifications/notification-problems.ts).
 */
export function recipientProblemText(problem: RecipientProblem): string {
  switch (problem.rule) {
    case 'empty':
      return 'Enter an e-mail address.';
    case 'tooLong':
      return `An e-mail address has at most ${MAX_EMAIL_LENGTH} characters.`;
    case 'notAscii':
      return `Use Latin letters, digits and punctuation only: ${describeCharacter(problem.char)} is not one.`;
    case 'invalid':
      return `${problem.typed} is not a valid e-mail address.`;
    case 'duplicate':
      return `${problem.address} is already a recipient.`;
  }
}

export function recipientCountText(problem: 'none' | 'tooMany'): string {
  return problem === 'none'
    ? 'Add at least one recipient.'
    : `At most ${MAX_RECIPIENTS} recipients.`;
}

export function noticeDayProblemText(problem: NoticeDayProblem): string {
  switch (problem.rule) {
    case 'notWhole':
      return `Use whole days: ${problem.value} is not one.`;
    case 'outOfRange':
      return `Days before expiry are 0 to ${MAX_NOTICE_DAYS}.`;
    case 'duplicate':
      return `${problem.value} is already in the list.`;
  }
}
