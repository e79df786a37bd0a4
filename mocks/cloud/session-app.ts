import { z } from 'zod';

/** The four apps a client signs in to, each with its own session (and cookie). */
export const sessionAppSchema = z.enum(['cms', 'fleet', 'partner', 'customer']);
export type SessionApp = z.infer<typeof sessionAppSchema>;
