import { useEffect } from 'react';

/**
 * Names of the `performance.mark`s the app sets when a user's wait ends (quality P9). They cost a
 * frame callback each, so they stay in production; `npm run bench` reads them.
 */
export const PAINT_MARKS = {
  licenseStatusVisible: 'license-status:visible',
  manageLicensesClick: 'manage-licenses:click',
  manageLicensesRows: 'manage-licenses:rows',
  fleetRows: 'fleet:rows',
} as const;

type PaintMark = (typeof PAINT_MARKS)[keyof typeof PAINT_MARKS];

export function markNow(name: PaintMark): void {
  performance.mark(name);
}

/** Marks the moment after the next paint: the frame callback runs before it, the task after. */
function markAfterPaint(name: PaintMark): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

/** Marks once per mount, when `ready` first holds. */
export function usePaintMark(name: PaintMark, ready: boolean): void {
  useEffect(() => {
    if (ready) markAfterPaint(name);
  }, [name, ready]);
}
