import type { BarChange } from '@/domain/planner';

/** PL-1 timeline: the theme's colors, so dark mode follows; a what-if's changes stand out. */
export const BAR_COLOR: Record<BarChange, string> = {
  kept: 'var(--mui-palette-primary-main)',
  activated: 'var(--mui-palette-success-main)',
  transferred: 'var(--mui-palette-action-disabled)',
  letExpire: 'var(--mui-palette-action-disabled)',
};
export const SHORT_COLOR = 'var(--mui-palette-error-main)';
