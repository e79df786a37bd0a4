/** The four areas of the app, in navigation order. */
export const AREAS = [
  { path: '/', label: 'CMS Dashboard' },
  { path: '/partner', label: 'Partner Portal' },
  { path: '/customer', label: 'Customer Portal' },
  { path: '/fleet', label: 'License Manager' },
] as const;
