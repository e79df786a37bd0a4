import '@/lib/zod-setup';
import { z } from 'zod';
import { isIsoDate } from '@/domain/dates';
import { nonAsciiProblem } from '@/domain/text-input';

/** `YYYY-MM-DD`, a real calendar day (spec §0). */
export const isoDateSchema = z.string().refine(isIsoDate, 'Expected a date as YYYY-MM-DD');

/** Customer and License IDs are lowercase UUIDs (spec §0). */
export const idSchema = z.uuid().regex(/^[0-9a-f-]+$/, 'IDs are lowercase');

/**
 * For `.superRefine` on an ID or code as typed: a look-alike or invisible character gets its own
 * message (naming it), and the format check after it is skipped, since it would only confuse.
 */
export function asciiOnly(allowed: string) {
  return (value: string, ctx: z.RefinementCtx<string>) => {
    const problem = nonAsciiProblem(value, allowed);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  };
}

/**
 * R20: what every sign-in answers besides who signed in. The same token is set as an HttpOnly
 * cookie, which is all this app uses; a script sends it as `Authorization: Bearer <token>`.
 */
export const sessionTokenSchema = z.object({
  token: z.string().min(1),
  expiresAt: z.iso.datetime(),
});
export type SessionToken = z.infer<typeof sessionTokenSchema>;
