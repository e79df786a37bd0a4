import { z } from 'zod/mini';
import {
  contactEmailsSchema,
  customerNameSchema,
  MAX_CUSTOMER_NAME_LENGTH,
} from '@/api/contract/partner-portal';
import { MAX_EMAIL_LENGTH } from '@/domain/text-input';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyIn, plainTextIn } from '@/lib/i18n/input-text';

const MAX_CONTACT_EMAILS = 10;

/** As the cloud stores it: trimmed and lower-cased. */
export const normalizeContactEmail = (text: string) => text.trim().toLowerCase();

/** A contact e-mail as typed: what is wrong with it in the user's language, then the cloud's rules. */
const contactEmailFormSchema = (t: Translate) =>
  z.pipe(
    z.pipe(
      z
        .string()
        .check(
          z.trim(),
          z.maxLength(
            MAX_EMAIL_LENGTH,
            t('partner.newCustomer.emailTooLong', { max: MAX_EMAIL_LENGTH }),
          ),
          z.superRefine(asciiOnlyIn('emailCharacters', t)),
        ),
      z.email(t('partner.newCustomer.invalidEmail')),
    ),
    contactEmailsSchema.def.element,
  );

/** A customer name as typed, checked the same way. */
const customerNameFormSchema = (t: Translate) =>
  z.pipe(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, t('partner.newCustomer.nameRequired')),
        z.maxLength(
          MAX_CUSTOMER_NAME_LENGTH,
          t('partner.newCustomer.nameTooLong', { max: MAX_CUSTOMER_NAME_LENGTH }),
        ),
        z.superRefine(plainTextIn('customerName', t, { invisible: true })),
      ),
    customerNameSchema,
  );

/** PP-2: why a typed address cannot become a contact chip, in the user's language; null if it can. */
export function contactEmailEntryProblem(
  text: string,
  chips: readonly string[],
  t: Translate,
): string | null {
  if (chips.length >= MAX_CONTACT_EMAILS)
    return t('partner.newCustomer.tooManyEmails', { max: MAX_CONTACT_EMAILS });
  const parsed = contactEmailFormSchema(t).safeParse(text);
  if (!parsed.success)
    return parsed.error.issues[0]?.message ?? t('partner.newCustomer.invalidEmail');
  const address = normalizeContactEmail(parsed.data);
  return chips.includes(address) ? t('partner.newCustomer.duplicateEmail', { address }) : null;
}

/**
 * PP-2: the name and the contact chips; an address still in the box counts when it is valid, as
 * in the notification recipients (SS-60), so Create does not lose what was typed last.
 */
export const newCustomerFormSchema = (t: Translate) =>
  z.pipe(
    z
      .object({
        name: customerNameFormSchema(t),
        contactEmails: z.array(z.string()),
        contactEmailDraft: z.string(),
      })
      .check(
        z.superRefine((form, ctx) => {
          const draft = form.contactEmailDraft.trim();
          const problem =
            draft === '' ? null : contactEmailEntryProblem(draft, form.contactEmails, t);
          if (problem)
            ctx.addIssue({ code: 'custom', path: ['contactEmailDraft'], message: problem });
          else if (draft === '' && form.contactEmails.length === 0)
            ctx.addIssue({
              code: 'custom',
              path: ['contactEmails'],
              message: t('partner.newCustomer.noEmail'),
            });
        }),
      ),
    z.transform(({ name, contactEmails, contactEmailDraft }) => {
      const draft = contactEmailDraft.trim();
      return {
        name,
        contactEmails:
          draft === '' ? contactEmails : [...contactEmails, normalizeContactEmail(draft)],
      };
    }),
  );
