import type { Translation } from '@/lib/i18n/catalogue';
import type { cmsEn } from './cms.en';

export const cmsDe: Translation<typeof cmsEn> = {};
