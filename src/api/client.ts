import { apiBaseUrl } from '@/lib/env';
import { errorBodySchema } from './contract/common';
import type { Answer, BodyIn, ParamsIn, QueryIn, Route } from './contract/route';
import { ApiError, type ClientErrorCode } from './errors';

const DEFAULT_TIMEOUT_MS = 20_000;
let defaultTimeoutMs: number | null = DEFAULT_TIMEOUT_MS;

/**
 * Storybook's loading stories hold a request open for as long as someone looks at them; with
 * `null` no request gives up by itself, so the story never turns into a time-out error. The app
 * itself never calls this.
 */
export function setDefaultRequestTimeout(timeoutMs: number | null = DEFAULT_TIMEOUT_MS): void {
  defaultTimeoutMs = timeoutMs;
}

interface SendOptions {
  method: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  accept: string;
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
function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Sends a request; every failure (network, timeout, non-2xx) becomes an ApiError. */
async function send(
  path: string,
  {
    method,
    body,
    headers = {},
    signal,
    timeoutMs = defaultTimeoutMs ?? undefined,
    accept,
  }: SendOptions,
): Promise<Response> {
  const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
  const signals = [signal, timeout].filter((each) => each !== undefined);
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
      signal: signals.length > 0 ? AbortSignal.any(signals) : undefined,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout?.aborted) throw clientError('timeout', 'The request timed out.');
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

/** Each part of a request the route declares, and only those; an idempotent route needs its key. */
export type RequestInput<R extends Route> = (R extends { params: object }
  ? { params: ParamsIn<R> }
  : { params?: never }) &
  (R extends { query: object } ? { query: QueryIn<R> } : { query?: never }) &
  (R extends { body: object } ? { body: BodyIn<R> } : { body?: never }) &
  (R extends { idempotent: true } ? { idempotencyKey: string } : { idempotencyKey?: never }) & {
    signal?: AbortSignal;
    timeoutMs?: number;
  };

/** `/fleet/sensors/{serial}` with `{ serial: 'S 1' }` → `/fleet/sensors/S%201`. */
function fillPath(template: string, params: object = {}): string {
  const values = new Map(Object.entries(params));
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(values.get(name) ?? '')),
  );
}

/** Query parameters as the URL carries them; absent (undefined or null) ones are left out. */
function queryString(query: object = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null) params.set(name, String(value));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * The app's only way to call the cloud: the route's path, method and schemas make the request,
 * its response schema parses the answer, and every failure is an ApiError. A caller's abort
 * (TanStack Query cancelling) propagates unchanged so it is not shown as an error.
 */
export async function request<R extends Route>(
  route: R,
  input: RequestInput<R>,
): Promise<Answer<R>>;
export async function request<R extends Route>(route: R, input: RequestInput<R>): Promise<unknown> {
  const { params, query, body, idempotencyKey, signal, timeoutMs } = input;
  const path = `${fillPath(route.path, params)}${queryString(query)}`;
  const { response: answer } = route;
  const response = await send(path, {
    method: route.method.toUpperCase(),
    body,
    headers: idempotencyKey === undefined ? {} : { 'Idempotency-Key': idempotencyKey },
    signal,
    timeoutMs,
    accept: 'csv' in answer ? 'text/csv' : 'application/json',
  });
  if ('csv' in answer) return response.text();
  if (!('schema' in answer)) return undefined;
  const parsed = answer.schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw clientError('malformed_response', `Unexpected response from ${path}.`, response.status);
  }
  return parsed.data;
}
