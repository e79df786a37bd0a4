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

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** The one place that turns any failure into a sentence for the user. */
export function toUserMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') {
      return 'The licensing cloud cannot be reached. Check the network connection and try again.';
    }
    if (error.code === 'timeout') return 'The licensing cloud did not answer in time. Try again.';
    if (error.status === 429) {
      const seconds = Math.ceil((error.retryAfterMs ?? 0) / 1000);
      return seconds > 0
        ? `The licensing cloud is busy. Try again in ${seconds} s.`
        : 'The licensing cloud is busy. Try again in a moment.';
    }
    if (error.status === 401) return 'Your session has expired. Sign in again to continue.';
    if (error.code === 'malformed_response') {
      return 'The licensing cloud sent an answer this app cannot read. Try again later.';
    }
    // A 503 with a code is a deliberate refusal (e.g. a segment controller offline): its words stand.
    if (error.status === 503 && error.code !== 'http_error') return error.message;
    if (error.status >= 500)
      return `The licensing cloud had a problem (${error.message}). Try again.`;
    return error.message;
  }
  return 'Something went wrong. Try again.';
}
