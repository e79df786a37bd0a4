import type { IncomingMessage, ServerResponse } from 'node:http';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The dev server, `vite preview` and tests run on loopback origins; nothing else may call. */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname)
    );
  } catch {
    return false;
  }
}

/**
 * Allows a loopback page to call the cloud (its commands send `Content-Type` and
 * `Idempotency-Key`, which need a preflight). Returns true when the request is answered already.
 */
export function answerCors(request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  const allowed = origin !== undefined && isLoopbackOrigin(origin);
  response.setHeader('Vary', 'Origin');
  if (allowed) response.setHeader('Access-Control-Allow-Origin', origin);
  const preflight =
    request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (allowed) {
    response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
    response.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
    response.setHeader('Access-Control-Max-Age', '600');
  }
  response.writeHead(allowed ? 204 : 403).end();
  return true;
}
