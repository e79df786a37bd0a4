import type { MessageId } from '@/lib/i18n';

/** The five areas of the app, in navigation order; `label` is a message id. */
export const AREAS = [
  { path: '/', label: 'shell.area.cms' },
  { path: '/partner', label: 'shell.area.partner' },
  { path: '/customer', label: 'shell.area.customer' },
  { path: '/fleet', label: 'shell.area.fleet' },
  { path: '/support', label: 'shell.area.support' },
] as const satisfies readonly { path: string; label: MessageId }[];

export type AreaPath = (typeof AREAS)[number]['path'];

/** Below this width the area tabs no longer fit beside the title and identity: a drawer holds them. */
export const NAV_DRAWER_BELOW_PX = 1360;

/** Beside the area tabs, the lookup button has room for its words and shortcut from this width. */
export const LOOKUP_WORDS_FROM_PX = 1600;

/** The area a URL belongs to; unknown paths count as the dashboard's. */
export function activeArea(location: string): AreaPath {
  const match = [...AREAS]
    .reverse()
    .find((area) => (area.path === '/' ? location === '/' : location.startsWith(area.path)));
  return match?.path ?? '/';
}
