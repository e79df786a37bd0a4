import { z } from 'zod/mini';
import { refusedFields } from '@/api/errors';
import type {
  NotificationSettings,
  SaveNotificationSettingsBody,
} from '@/api/contract/notifications';
import {
  MAX_RECIPIENTS,
  noticeDayProblem,
  normalizeRecipient,
  recipientCountProblem,
  recipientProblem,
} from '@/domain/notifications';
import { firstNonAscii } from '@/domain/text-input';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyText } from '@/lib/i18n/input-text';
import {
  noticeDayProblemText,
  recipientCountText,
  recipientProblemText,
} from './notification-problems';

type EntryProblem = (text: string, chips: readonly string[]) => string | null;

/** Why a typed address cannot be added as a chip (SS-60). */
export const recipientEntryProblem =
  (t: Translate): EntryProblem =>
  (text, chips) => {
    if (chips.length >= MAX_RECIPIENTS) {
      return t('cms.notifications.tooManyRecipients', { max: MAX_RECIPIENTS });
    }
    const problem = recipientProblem(text, chips);
    return problem && recipientProblemText(problem, t);
  };

function parseDay(text: string): number | null {
  const trimmed = text.trim();
  const value = Number(trimmed);
  return trimmed === '' || Number.isNaN(value) ? null : value;
}

/** Why a typed number of days cannot be added as a chip (SS-60). */
export const dayEntryProblem =
  (t: Translate): EntryProblem =>
  (text, chips) => {
    const foreign = firstNonAscii(text.trim());
    if (foreign !== null) return asciiOnlyText(foreign, 'digits', t);
    const value = parseDay(text);
    if (value === null) return t('cms.notifications.dayNotANumber');
    const problem = noticeDayProblem(value, chips.map(Number));
    return problem && noticeDayProblemText(problem, t);
  };

export function normalizeDay(text: string): string {
  return String(parseDay(text) ?? text.trim());
}

/**
 * What the form holds: the chips as shown, and the text still in each box. A valid entry left in
 * a box is saved with the chips; an invalid one blocks saving (SS-60: marked inline, not saved).
 */
export const notificationFormSchema = (t: Translate) =>
  z
    .object({
      recipients: z.array(z.string()),
      recipientDraft: z.string(),
      days: z.array(z.string()),
      dayDraft: z.string(),
      notifyOnActivation: z.boolean(),
    })
    .check(
      z.superRefine((form, ctx) => {
        form.recipients.forEach((chip, index) => {
          const problem = recipientProblem(chip, form.recipients.slice(0, index));
          if (problem)
            ctx.addIssue({
              code: 'custom',
              path: ['recipients', index],
              message: recipientProblemText(problem, t),
            });
        });
        const recipientDraft = form.recipientDraft.trim();
        const draftProblem =
          recipientDraft === '' ? null : recipientEntryProblem(t)(recipientDraft, form.recipients);
        if (draftProblem)
          ctx.addIssue({ code: 'custom', path: ['recipientDraft'], message: draftProblem });
        const count = form.recipients.length + (recipientDraft !== '' && !draftProblem ? 1 : 0);
        const countProblem = recipientCountProblem(count);
        if (countProblem)
          ctx.addIssue({
            code: 'custom',
            path: ['recipients'],
            message: recipientCountText(countProblem, t),
          });
        if (form.dayDraft.trim() !== '') {
          const problem = dayEntryProblem(t)(form.dayDraft, form.days);
          if (problem) ctx.addIssue({ code: 'custom', path: ['dayDraft'], message: problem });
        }
      }),
    );
export type NotificationFormValues = z.infer<ReturnType<typeof notificationFormSchema>>;

export function toFormValues(settings: NotificationSettings): NotificationFormValues {
  return {
    recipients: settings.recipients,
    recipientDraft: '',
    days: settings.days.map(String),
    dayDraft: '',
    notifyOnActivation: settings.notifyOnActivation,
  };
}

/** The API shape: chips plus whatever valid entry is still in a box. */
export function toSaveBody(values: NotificationFormValues): SaveNotificationSettingsBody {
  const recipients = [...values.recipients, values.recipientDraft].filter((r) => r.trim() !== '');
  const days = [...values.days, values.dayDraft].filter((d) => d.trim() !== '');
  return {
    recipients: recipients.map(normalizeRecipient),
    days: days.map(Number),
    notifyOnActivation: values.notifyOnActivation,
  };
}

export type ServerFieldError =
  | { field: 'recipients' | 'days' | 'recipientDraft' | 'dayDraft'; message: string }
  | { field: 'recipient' | 'day'; index: number; message: string };

/**
 * Where each of the cloud's messages belongs. Its keys index the saved lists (`recipients.2`);
 * an index past the chips is the entry that was still in the box.
 */
export function serverFieldErrors(
  error: unknown,
  values: NotificationFormValues,
): ServerFieldError[] {
  return Object.entries(refusedFields(error)).flatMap(([key, message]): ServerFieldError[] => {
    const [list, position] = key.split('.');
    if (list !== 'recipients' && list !== 'days') return [];
    if (position === undefined) return [{ field: list, message }];
    const index = Number(position);
    const chips = list === 'recipients' ? values.recipients : values.days;
    if (index >= chips.length)
      return [{ field: list === 'recipients' ? 'recipientDraft' : 'dayDraft', message }];
    return [{ field: list === 'recipients' ? 'recipient' : 'day', index, message }];
  });
}
