import type { HttpHandler } from 'msw';

/** SS-60 … SS-62: being built for issue 5. */
export const notificationHandlers: HttpHandler[] = [];
