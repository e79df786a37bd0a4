import { z } from 'zod/mini';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyIn } from '@/lib/i18n/input-text';
import { MAX_EMAIL_LENGTH } from '@/domain/text-input';
import { LICENSE_ID_EXAMPLE } from '@/api/contract/licenses';

const uuid = z.uuid();
const email = z.email();

/** CP-1: an EID is a UUID; case and surrounding spaces do not matter. */
export const eidFormSchema = (t: Translate) =>
  z.object({
    value: z.string().check(
      z.trim(),
      z.superRefine(asciiOnlyIn('lettersAndDigits', t)),
      z.toLowerCase(),
      z.refine(
        (value) => uuid.safeParse(value).success,
        t('customer.signIn.eidFormat', { example: LICENSE_ID_EXAMPLE }),
      ),
    ),
  });

export const emailFormSchema = (t: Translate) =>
  z.object({
    value: z.string().check(
      z.trim(),
      z.maxLength(MAX_EMAIL_LENGTH, t('customer.signIn.emailTooLong', { max: MAX_EMAIL_LENGTH })),
      z.superRefine(asciiOnlyIn('emailCharacters', t)),
      z.refine((value) => email.safeParse(value).success, t('customer.signIn.emailFormat')),
    ),
  });
