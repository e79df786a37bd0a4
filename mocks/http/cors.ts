import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAllowedOrigin, type CloudAccess } from './access';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a page's call may be answered with: `Origin` is one this server allows, or absent. */
export type OriginVerdict = 'none' | 'allowed' | 'refused';

export function originVerdict(request: IncomingMessage, access: CloudAccess): OriginVerdict {
  const origin = request.headers.origin;
  if (origin === undefined) return 'none';
  return isAllowedOrigin(origin, access) ? 'allowed' : 'refused';
}

/**
 * On every answer, preflight or not: an allowed page may read it, with its cookies and
 * `Authorization` (sessions), and see `Retry-After`.
 */
export function addCorsHeaders(
  request: IncomingMessage,
  response: ServerResponse,
  verdict: OriginVerdict,
): void {
  response.setHeader('Vary', 'Origin');
  if (verdict !== 'allowed' || request.headers.origin === undefined) return;
  response.setHeader('Access-Control-Allow-Origin', request.headers.origin);
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

export function isPreflight(request: IncomingMessage): boolean {
  return (
    request.method === 'OPTIONS' &&
    request.headers.origin !== undefined &&
    request.headers['access-control-request-method'] !== undefined
  );
}

/** The commands send `Content-Type`, `Idempotency-Key` and `Authorization`: they need a preflight. */
export const PREFLIGHT_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Authorization',
  'Access-Control-Max-Age': '600',
};

/**
 * A write from a page of another origin never reaches a handler: without this a "simple"
 * request (a form, `text/plain`) would run even though its page cannot read the answer.
 */
export function isCrossOriginWrite(request: IncomingMessage, verdict: OriginVerdict): boolean {
  return verdict === 'refused' && !SAFE_METHODS.has(request.method ?? '');
}
