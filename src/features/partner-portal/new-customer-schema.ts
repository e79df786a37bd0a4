import { z } from 'zod';
import { contactEmailsSchema, customerNameSchema } from '@/api/contract/partner-portal';

const MAX_CONTACT_EMAILS = 10;

/** As the cloud stores it: trimmed and lower-cased. */
export const normalizeContactEmail = (text: string) => text.trim().toLowerCase();

/** PP-2: why a typed address cannot become a contact chip, in the cloud's own words; null if it can. */
export function contactEmailEntryProblem(text: string, chips: readonly string[]): string | null {
  if (chips.length >= MAX_CONTACT_EMAILS) return `At most ${MAX_CONTACT_EMAILS} contact e-mails.`;
  const parsed = contactEmailsSchema.element.safeParse(text);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Enter a valid e-mail address.';
  const address = normalizeContactEmail(parsed.data);
  return chips.includes(address) ? `${address} is already a contact.` : null;
}

/**
 * PP-2: the name and the contact chips; an address still in the box counts when it is valid, as
 * in the notification recipients (SS-60), so Create does not lose what was typed last.
 */
export const newCustomerFormSchema = z
  .object({
    name: customerNameSchema,
    contactEmails: z.array(z.string()),
    contactEmailDraft: z.string(),
  })
  .superRefine((form, ctx) => {
    const draft = form.contactEmailDraft.trim();
    const problem = draft === '' ? null : contactEmailEntryProblem(draft, form.contactEmails);
    if (problem) ctx.addIssue({ code: 'custom', path: ['contactEmailDraft'], message: problem });
    else if (draft === '' && form.contactEmails.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['contactEmails'],
        message: 'Add at least one contact e-mail.',
      });
  })
  .transform(({ name, contactEmails, contactEmailDraft }) => {
    const draft = contactEmailDraft.trim();
    return {
      name,
      contactEmails:
        draft === '' ? contactEmails : [...contactEmails, normalizeContactEmail(draft)],
    };
  });
