/** The four areas of the app, in navigation order. */
export const AREAS = [
  { path: '/', label: 'CMS Dashboard' },
  { path: '/partner', label: 'Partner Portal' },
  { path: '/customer', label: 'Customer Portal' },
  { path: '/fleet', label: 'License Manager' },
] as const;

export type AreaPath = (typeof AREAS)[number]['path'];

/** Below this width the area tabs no longer fit beside the title and identity: a drawer holds them. */
export const NAV_DRAWER_BELOW_PX = 1100;

/** The area a URL belongs to; unknown paths count as the dashboard's. */
export function activeArea(location: string): AreaPath {
  const match = [...AREAS]
    .reverse()
    .find((area) => (area.path === '/' ? location === '/' : location.startsWith(area.path)));
  return match?.path ?? '/';
}
