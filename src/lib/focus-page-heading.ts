/**
 * UX-2: after a sign-in the signed-in view replaces the form that held focus, which would fall to
 * the page; the page's heading takes it instead, so the next Tab reaches the view's first control
 * and a screen reader reads where the user now is.
 */
export function focusPageHeading(): void {
  // Two frames: the signed-in view renders after the session query settles.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const heading =
        document.querySelector<HTMLElement>('main h1') ?? document.querySelector('h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    }),
  );
}
