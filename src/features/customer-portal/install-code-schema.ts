import { z } from 'zod';
import { MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE } from '@/api/contract/common';
import { typedInstallCodeSchema } from '@/api/segment-controllers';
import type { Translate } from '@/lib/i18n';

/** CP-3: the install code (upper-cased as typed) and at least one capacity license. */
export const capacityFileFormSchema = (t: Translate) =>
  z.object({
    installCode: typedInstallCodeSchema,
    licenseIds: z
      .array(z.string())
      .min(1, t('customer.file.noLicenseChosen'))
      .max(MAX_LICENSES_PER_FILE, TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE),
  });
