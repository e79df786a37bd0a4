import '@/lib/zod-setup';
import { z } from 'zod';
import { isIsoDate } from '@/domain/dates';

/** `YYYY-MM-DD`, a real calendar day (spec §0). */
export const isoDateSchema = z.string().refine(isIsoDate, 'Expected a date as YYYY-MM-DD');

/** Customer and License IDs are lowercase UUIDs (spec §0). */
export const idSchema = z.uuid().regex(/^[0-9a-f-]+$/, 'IDs are lowercase');
