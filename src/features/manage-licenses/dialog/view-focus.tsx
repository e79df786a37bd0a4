import { useEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';

/**
 * The dialog's current view, named for assistive technology. When the view changes (a toolbar
 * action, Back) the control that was pressed is gone: focus moves here, to the start of the new
 * view, instead of falling to the page.
 */
export function ViewFocus({
  view,
  label,
  children,
}: {
  view: string;
  label: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    // Focus lost, or on a control of the view that is going away (it may stay on screen until the
    // new view's code has loaded). A field the new view focuses itself later keeps its focus.
    const lost = active === null || active === document.body;
    if (lost || ref.current?.contains(active)) ref.current?.focus({ preventScroll: true });
  }, [view]);
  return (
    <Box ref={ref} tabIndex={-1} role="group" aria-label={label} sx={{ outline: 'none' }}>
      {children}
    </Box>
  );
}
