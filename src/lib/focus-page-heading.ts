import { useEffect } from 'react';

/** Set when a sign-in starts: the view it leads to takes focus to its heading when it mounts. */
let afterSignIn = false;

/**
 * UX-2: after a sign-in the signed-in view replaces the form that held focus, which would fall to
 * the page. Call this as the sign-in is sent (the view may mount before the request's callbacks
 * run), and `cancelHeadingFocus` when it is refused.
 */
export function focusHeadingAfterSignIn(): void {
  afterSignIn = true;
}

export function cancelHeadingFocus(): void {
  afterSignIn = false;
}

/**
 * In the signed-in view: its page heading takes focus when a sign-in led here, so the next Tab
 * reaches the view's first control and a screen reader reads where the user now is.
 */
export function useHeadingFocusAfterSignIn(): void {
  useEffect(() => {
    if (!afterSignIn) return;
    afterSignIn = false;
    const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, []);
}
