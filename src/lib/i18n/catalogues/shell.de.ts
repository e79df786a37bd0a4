import type { Translation } from '@/lib/i18n/catalogue';
import type { shellEn } from './shell.en';

export const shellDe: Translation<typeof shellEn> = {};
