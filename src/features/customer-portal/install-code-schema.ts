import { z } from 'zod/mini';
import { MAX_LICENSES_PER_FILE } from '@/api/contract/common';
import { typedInstallCodeSchema } from '@/api/segment-controllers';
import type { Translate } from '@/lib/i18n';

/** CP-3: the install code (upper-cased as typed) and at least one capacity license. */
export const capacityFileFormSchema = (t: Translate) =>
  z.object({
    installCode: typedInstallCodeSchema(t),
    licenseIds: z
      .array(z.string())
      .check(
        z.minLength(1, t('customer.file.noLicenseChosen')),
        z.maxLength(
          MAX_LICENSES_PER_FILE,
          t('common.input.tooManyLicenses', { perFile: 'yes', max: MAX_LICENSES_PER_FILE }),
        ),
      ),
  });
