import './zod-setup';
import { z } from 'zod/mini';
import { isIsoDate } from '@/domain/dates';
import { describeCharacter, firstUnsafe, nonAsciiProblem } from '@/domain/text-input';

/** `YYYY-MM-DD`, a real calendar day (requirements, Conventions). */
export const isoDateSchema = z.string().check(z.refine(isIsoDate, 'Expected a date as YYYY-MM-DD'));

/** Customer and License IDs are lowercase UUIDs (requirements, Conventions). */
export const idSchema = z.uuid().check(z.regex(/^[0-9a-f-]+$/, 'IDs are lowercase'));

/** A path parameter that is an ID: anything else is malformed input (400), not a missing thing. */
export const idParams = z.object({ id: idSchema });

/**
 * Licenses in one command (activate, transfer to cloud, partner transfer): far more than a CMS or a
 * partner's order holds, and small enough that no request or job list grows without bound.
 */
export const MAX_LICENSES_PER_COMMAND = 500;
export const TOO_MANY_LICENSES_MESSAGE = `Choose at most ${MAX_LICENSES_PER_COMMAND} licenses at a time.`;

/** CP-3, PP-7: one offline file goes onto one segment controller; a hundred licenses are plenty. */
export const MAX_LICENSES_PER_FILE = 100;
export const TOO_MANY_LICENSES_FOR_A_FILE_MESSAGE = `A license file holds at most ${MAX_LICENSES_PER_FILE} licenses.`;

/**
 * For `.superRefine` on an ID or code as typed: a look-alike or invisible character gets its own
 * message (naming it), and the format check after it is skipped, since it would only confuse.
 */
export function asciiOnly(allowed: string) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const problem = nonAsciiProblem(value, allowed);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, continue: false });
  };
}

/**
 * For `.superRefine` on free text (a note, a customer name, a search), in the forms and in the
 * cloud alike: a control character, a bidi override or isolate, or half a surrogate pair is
 * refused by name, e.g. "A note cannot contain an invisible character (U+202E)."
 */
export function plainText(what: string) {
  return (value: string, ctx: z.core.$RefinementCtx<string>) => {
    const char = firstUnsafe(value);
    if (char)
      ctx.addIssue({
        code: 'custom',
        message: `${what} cannot contain ${describeCharacter(char)}.`,
      });
  };
}

/**
 * R20: what every sign-in answers besides who signed in. The same token is set as an HttpOnly
 * cookie, which is all this app uses; a script sends it as `Authorization: Bearer <token>`.
 */
export const sessionTokenSchema = z.object({
  token: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime(),
});
export type SessionToken = z.infer<typeof sessionTokenSchema>;

/** The cloud's error body (spec MC-1). */
export const errorBodySchema = z
  .object({
    code: z.string(),
    message: z.string(),
    details: z.optional(z.record(z.string(), z.unknown())),
  })
  .register(z.globalRegistry, { id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;
