import { z } from 'zod';
import { installCodeSchema } from '@/api/segment-controllers';

export const INSTALL_CODE_FORMAT_MESSAGE =
  'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.';

/** CP-3: the install code (upper-cased as typed) and at least one capacity licence. */
export const capacityFileFormSchema = z.object({
  installCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => installCodeSchema.safeParse(value).success, INSTALL_CODE_FORMAT_MESSAGE),
  licenseIds: z.array(z.string()).min(1, 'Choose at least one capacity license.'),
});
export type CapacityFileFormValues = z.input<typeof capacityFileFormSchema>;
