import { z } from 'zod/mini';

/** The five apps a client signs in to, each with its own session (and cookie). */
export const sessionAppSchema = z.enum(['cms', 'fleet', 'partner', 'customer', 'support']);
export type SessionApp = z.infer<typeof sessionAppSchema>;
