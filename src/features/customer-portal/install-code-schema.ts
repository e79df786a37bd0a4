import { z } from 'zod';
import { typedInstallCodeSchema } from '@/api/segment-controllers';

/** CP-3: the install code (upper-cased as typed) and at least one capacity licence. */
export const capacityFileFormSchema = z.object({
  installCode: typedInstallCodeSchema,
  licenseIds: z.array(z.string()).min(1, 'Choose at least one capacity license.'),
});
export type CapacityFileFormValues = z.input<typeof capacityFileFormSchema>;
