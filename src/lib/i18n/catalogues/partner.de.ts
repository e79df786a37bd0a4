import type { Translation } from '@/lib/i18n/catalogue';
import type { partnerEn } from './partner.en';

export const partnerDe: Translation<typeof partnerEn> = {};
