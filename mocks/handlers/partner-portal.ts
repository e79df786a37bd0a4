import type { HttpHandler } from 'msw';

/** PP-1 … PP-7: being built for issue 6. */
export const partnerPortalHandlers: HttpHandler[] = [];
