/**
 * UX-2: a License ID in a kept (sticky) column breaks over lines on a phone, so the columns that
 * scroll past it keep most of the screen.
 */
export const PHONE_WRAPPED_ID_SX = {
  maxWidth: { xs: 150, sm: 'none' },
  '& span': { whiteSpace: { xs: 'normal', sm: 'nowrap' }, overflowWrap: 'anywhere' },
} as const;
