import type { HttpHandler } from 'msw';

/** CP-1 … CP-3: being built for issue 6. */
export const customerPortalHandlers: HttpHandler[] = [];
