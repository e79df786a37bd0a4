import type { HttpHandler } from 'msw';

/** SS-50 … SS-52: being built for issue 5. */
export const licenseFileHandlers: HttpHandler[] = [];
