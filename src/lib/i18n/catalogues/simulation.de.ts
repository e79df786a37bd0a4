import type { Translation } from '@/lib/i18n/catalogue';
import type { simulationEn } from './simulation.en';

export const simulationDe: Translation<typeof simulationEn> = {};
