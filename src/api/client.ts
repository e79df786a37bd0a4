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

/**
 * The app's only way to call the cloud: JSON in, zod-parsed JSON out, every failure an ApiError.
 * A caller's abort (TanStack Query cancelling) propagates unchanged so it is not shown as an error.
 */
export async function apiRequest<Schema extends z.ZodType>(
  path: string,
  {
    schema,
    method = 'GET',
    body,
    headers = {},
    signal,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  }: RequestOptions<Schema>,
): Promise<z.output<Schema>> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}${path}`, {
      method,
      headers: {
        ...headers,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw clientError('timeout', 'The request timed out.');
    throw clientError('network_error', 'The licensing cloud cannot be reached.');
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const errorBody = errorBodySchema.safeParse(payload);
    throw new ApiError(
      response.status,
      errorBody.success
        ? errorBody.data
        : { code: 'http_error', message: response.statusText || `HTTP ${response.status}` },
    );
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw clientError('malformed_response', `Unexpected response from ${path}.`, response.status);
  }
  return parsed.data;
}

/** One key per user action: a retry of that action reuses it, so the cloud applies it once. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
