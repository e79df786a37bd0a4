import type { Translation } from '@/lib/i18n/catalogue';
import type { fleetEn } from './fleet.en';

export const fleetDe: Translation<typeof fleetEn> = {};
