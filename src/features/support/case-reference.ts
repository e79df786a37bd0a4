import { z } from 'zod/mini';
import { MAX_REFERENCE_LENGTH } from '@/api/contract/customer-success';
import type { Translate } from '@/lib/i18n';

/** CS-2, CS-3: the RMA or case number every action on a customer's behalf is filed under. */
export const caseReferenceField = (t: Translate) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, t('support.return.referenceRequired')),
      z.maxLength(
        MAX_REFERENCE_LENGTH,
        t('support.return.referenceTooLong', { max: MAX_REFERENCE_LENGTH }),
      ),
    );
