import { preloadable } from '@/lib/preloadable';

/**
 * PL-1: the planner's code loads on demand, so it costs the dashboard nothing (P1); pointing at
 * or tabbing to its link fetches it before the click.
 */
export const plannerPage = preloadable(() => import('./planner-page').then((m) => m.PlannerPage));
