import type { Translation } from '@/lib/i18n/catalogue';
import type { customerEn } from './customer.en';

export const customerDe: Translation<typeof customerEn> = {};
