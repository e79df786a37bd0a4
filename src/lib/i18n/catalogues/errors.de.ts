import type { Translation } from '@/lib/i18n/catalogue';
import type { errorsEn } from './errors.en';

export const errorsDe: Translation<typeof errorsEn> = {};
