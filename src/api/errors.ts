import { z } from 'zod/mini';
import type { Translate } from '@/lib/i18n';
import type { ErrorBody } from './contract/common';

/** Codes the client itself produces when there is no usable answer from the cloud. */
export type ClientErrorCode = 'network_error' | 'timeout' | 'malformed_response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  /** How long the cloud asked us to wait before trying again (a 429's or 503's `Retry-After`). */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, body: ErrorBody, { retryAfterMs }: { retryAfterMs?: number } = {}) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
    this.retryAfterMs = retryAfterMs;
  }

  /** True when nothing reached the cloud or nothing came back (status 0). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/** R12: the CMS or License Manager session has ended; the app asks to sign in again over the screen. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'not_signed_in';
}

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** The cloud answers in English; this is true when the user reads English too. */
const readsEnglish = (t: Translate) => t.locale.startsWith('en');

/**
 * A refusal in the user's language: by its code from the messages, with the values the cloud gave
 * in `details`. The cloud's own words stand in English (they name the license, the controller, the
 * role) and for a code the messages do not know or whose values the cloud left out.
 */
function refusalText(error: ApiError, t: Translate): string {
  const id = `errors.${error.code}`;
  if (!t.has(id) || readsEnglish(t)) return error.message;
  const values = Object.fromEntries(
    Object.entries(error.details ?? {}).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
  const complete = [...t.argumentsOf(id)].every((name) => name in values);
  return complete ? t(id, values) : error.message;
}

/** The one place that turns any failure into a sentence for the user, in their language. */
export function toUserMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('errors.network_error');
    if (error.code === 'timeout') return t('errors.timeout');
    if (error.status === 429) {
      const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
      return seconds > 0 ? t('errors.busyFor', { seconds }) : t('errors.busy');
    }
    if (error.status === 401) return t('errors.sessionExpired');
    if (error.code === 'malformed_response') return t('errors.malformed_response');
    // A 503 with a code is a deliberate refusal (e.g. a segment controller offline): its words stand.
    if (error.status === 503 && error.code !== 'http_error') return refusalText(error, t);
    if (error.status >= 500) return t('errors.serverProblem', { message: error.message });
    return refusalText(error, t);
  }
  return t('errors.unknown');
}

const fieldRefusalSchema = z.object({ fields: z.record(z.string(), z.string()) });

/** The cloud's message for each field it refused (`details.fields`), empty when it named none. */
export function refusedFields(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const refusal = fieldRefusalSchema.safeParse(error.details);
  return refusal.success ? refusal.data.fields : {};
}

/**
 * What the cloud said about one field of a form, in the user's language: a refusal with its own
 * code is translated by it (its words are the field's words); a schema's `validation_failed`
 * names the field in the cloud's words. Null when the refusal is not about that field.
 */
export function fieldRefusalOf(error: unknown, field: string, t: Translate): string | null {
  const message = refusedFields(error)[field];
  if (!(error instanceof ApiError) || message === undefined) return null;
  return error.code === 'validation_failed' ? message : toUserMessage(error, t);
}
