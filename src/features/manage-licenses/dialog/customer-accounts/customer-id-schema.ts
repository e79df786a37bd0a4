import { z } from 'zod/mini';
import { fieldRefusalOf, toUserMessage } from '@/api/errors';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyIn } from '@/lib/i18n/input-text';

export const CUSTOMER_ID_EXAMPLE = '2133c667-af41-4518-94df-a2bb3b775330';
const uuid = z.uuid();

/**
 * SS-22, as the cloud checks it: a UUID once trimmed and lower-cased, or empty to clear the saved
 * ID. Whether the cloud knows the ID (or it is a License ID) only the cloud can say.
 */
export const customerIdFormSchema = (t: Translate) =>
  z.object({
    customerId: z.string().check(
      z.trim(),
      z.superRefine(asciiOnlyIn('lettersAndDigits', t)),
      z.toLowerCase(),
      z.refine(
        (value) => value === '' || uuid.safeParse(value).success,
        t('cms.customerAccounts.format', { example: CUSTOMER_ID_EXAMPLE }),
      ),
    ),
  });

/** What the cloud said about the value when it refused it, else why the save failed. */
export function customerIdSaveError(error: unknown, t: Translate): string {
  return fieldRefusalOf(error, 'customerId', t) ?? toUserMessage(error, t);
}
