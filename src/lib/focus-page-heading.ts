import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { useSearchWhile } from './url-search-store';

/** Set when a view change starts: the page it leads to takes focus to its heading on arrival. */
let pending = false;

/** The page's main heading, made focusable for the moment it receives focus. */
export function pageHeading(): HTMLElement | null {
  const heading =
    document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
}

/** A dialog that opened on arrival (a permalink) keeps its focus. */
const focusInDialog = () => document.activeElement?.closest('[role="dialog"]') != null;

/**
 * UX-2: after a sign-in the signed-in view replaces the form that held focus, which would fall to
 * the page; a lookup's result opens another page. Call this as the sign-in is sent (the view may
 * mount before the request's callbacks run), and `cancelHeadingFocus` when it is refused.
 */
export function focusHeadingOnArrival(): void {
  pending = true;
}

export function cancelHeadingFocus(): void {
  pending = false;
}

/**
 * In a page that a sign-in or a lookup leads to: its heading takes focus on arrival (it mounts,
 * or its address changes), so the next Tab reaches the view's first control and a screen reader
 * reads where the user now is. The search string is watched only while an arrival is awaited: a
 * new order or filter does not re-render the page's header.
 */
export function useHeadingFocusOnArrival(): void {
  const [path] = useLocation();
  const search = useSearchWhile(() => pending);
  useEffect(() => {
    if (!pending) return;
    pending = false;
    if (focusInDialog()) return;
    pageHeading()?.focus();
  }, [path, search]);
}
