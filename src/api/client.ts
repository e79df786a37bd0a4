import type { z } from 'zod';
import { apiBaseUrl } from '@/lib/env';
import { ApiError, errorBodySchema, type ClientErrorCode } from './errors';

const DEFAULT_TIMEOUT_MS = 20_000;

export interface RequestOptions<Schema extends z.ZodType> {
  schema: Schema;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Sent with commands so a retried request is applied once (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function clientError(code: ClientErrorCode, message: string, status = 0): ApiError {
  return new ApiError(status, { code, message });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw clientError('malformed_response', 'The response is not valid JSON.', response.status);
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

type SendOptions = Omit<RequestOptions<z.ZodType>, 'schema'> & { accept: string };

/** Sends a request; every failure (network, timeout, non-2xx) becomes an ApiError. */
async function send(
  path: string,
  {
    method = 'GET',
    body,
    headers = {},
    signal,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    accept,
  }: SendOptions,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}${path}`, {
      method,
      headers: {
        ...headers,
        Accept: accept,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      // R20: the session is an HttpOnly cookie; a cloud on another origin (another loopback port)
      // only receives it this way. The app never sees the token.
      credentials: 'include',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw clientError('timeout', 'The request timed out.');
    throw clientError('network_error', 'The licensing cloud cannot be reached.');
  }
  if (!response.ok) {
    const errorBody = errorBodySchema.safeParse(await readJson(response).catch(() => undefined));
    throw new ApiError(
      response.status,
      errorBody.success
        ? errorBody.data
        : { code: 'http_error', message: response.statusText || `HTTP ${response.status}` },
      { retryAfterMs: retryAfterMs(response.headers.get('Retry-After')) },
    );
  }
  return response;
}

/**
 * The app's only way to call the cloud: JSON in, zod-parsed JSON out, every failure an ApiError.
 * A caller's abort (TanStack Query cancelling) propagates unchanged so it is not shown as an error.
 */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  { schema, ...options }: RequestOptions<Schema>,
): Promise<z.output<Schema>> {
  const response = await send(path, { ...options, accept: 'application/json' });
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw clientError('malformed_response', `Unexpected response from ${path}.`, response.status);
  }
  return parsed.data;
}

/** A file the cloud generates (a CSV export): its text, through the same errors as JSON calls. */
export async function apiRequestText(
  path: string,
  { accept, signal }: { accept: string; signal?: AbortSignal },
): Promise<string> {
  const response = await send(path, { accept, signal });
  return response.text();
}

/** One key per user action: a retry of that action reuses it, so the cloud applies it once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
