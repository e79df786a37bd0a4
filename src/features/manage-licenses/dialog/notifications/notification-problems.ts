import {
  MAX_NOTICE_DAYS,
  MAX_RECIPIENTS,
  type NoticeDayProblem,
  type RecipientProblem,
} from '@/domain/notifications';
import { MAX_EMAIL_LENGTH } from '@/domain/text-input';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyText } from '@/lib/i18n/input-text';

/** SS-60: why an address cannot be a recipient, in the user's language. */
export function recipientProblemText(problem: RecipientProblem, t: Translate): string {
  switch (problem.rule) {
    case 'empty':
      return t('cms.notifications.problem.empty');
    case 'tooLong':
      return t('cms.notifications.problem.tooLong', { max: MAX_EMAIL_LENGTH });
    case 'notAscii':
      return asciiOnlyText(problem.char, 'emailCharacters', t);
    case 'invalid':
      return t('cms.notifications.problem.invalid', { typed: problem.typed });
    case 'duplicate':
      return t('cms.notifications.problem.duplicateRecipient', { address: problem.address });
  }
}

export function recipientCountText(problem: 'none' | 'tooMany', t: Translate): string {
  return problem === 'none'
    ? t('cms.notifications.problem.noRecipient')
    : t('cms.notifications.tooManyRecipients', { max: MAX_RECIPIENTS });
}

export function noticeDayProblemText(problem: NoticeDayProblem, t: Translate): string {
  switch (problem.rule) {
    case 'notWhole':
      return t('cms.notifications.problem.notWhole', { value: problem.value });
    case 'outOfRange':
      return t('cms.notifications.problem.dayRange', { max: MAX_NOTICE_DAYS });
    case 'duplicate':
      return t('cms.notifications.problem.duplicateDay', { value: problem.value });
  }
}
