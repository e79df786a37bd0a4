import type { IncomingMessage } from 'node:http';
import { FILE_TOO_LARGE_MESSAGE, MAX_LICENSE_FILE_BYTES } from '@/api/contract/license-files';
import { hostnameOf, isLoopbackHostname, type CloudAccess } from './access';
import { announcesBody, type Refusal } from './exchange';

export const API_BASE = '/api';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * SS-51: a license file over 1 MiB is refused with the file's own message, which its handler
 * gives; the envelope around such a file (JSON escapes included) must get that far.
 */
const LICENSE_FILE_BODY_LIMIT_BYTES = 2 * MAX_LICENSE_FILE_BYTES;
const LICENSE_FILE_ROUTES = [
  `${API_BASE}/cms/license-files/preview`,
  `${API_BASE}/cms/license-files/activate`,
];

/**
 * The simulation's controls: not the licensing cloud's contract, and off with `--no-dev-routes`.
 * Handlers match their route after any prefix and in any case, so this looks the same way.
 */
function isDevRoute(pathname: string): boolean {
  const path = pathname.toLowerCase();
  return path.includes(`${API_BASE}/dev/`) || path.includes(`${API_BASE}/clock/advance`);
}

/** A path in an answer is cut short: nothing echoes unbounded input. */
function shown(pathname: string): string {
  return pathname.length > 120 ? `${pathname.slice(0, 120)}…` : pathname;
}

export function notFound(method: string, pathname: string): Refusal {
  return {
    status: 404,
    code: 'not_found',
    message: `No route ${method} ${shown(pathname)}.`,
  };
}

/** A DNS-rebinding page reaches this server under its own host name: only known names answer. */
export function checkHost(host: string | undefined, access: CloudAccess): Refusal | null {
  const hostname = host === undefined ? null : hostnameOf(host);
  if (hostname === null) {
    return {
      status: 400,
      code: 'bad_host',
      message: 'The Host header is missing or is not a host name with an optional port.',
    };
  }
  if (isLoopbackHostname(hostname) || access.allowHosts.includes(hostname)) return null;
  // R18 answers 403: the caller is refused, not redirected to another server.
  return {
    status: 403,
    code: 'unknown_host',
    message:
      'This server answers for loopback names only (127.0.0.1, localhost, [::1]); start it with --allow-host NAME for another.',
  };
}

export function checkMethod(method: string): Refusal | null {
  if (METHODS.includes(method)) return null;
  // R17: a method outside the cloud's set is malformed input for it (400), with the set in `Allow`.
  return {
    status: 400,
    code: 'unknown_method',
    message: `The simulated cloud takes ${METHODS.join(', ')}.`,
    headers: { Allow: METHODS.join(', ') },
  };
}

/** The request target as a URL on `host`: an absolute path whose escapes all decode. */
export function parseTarget(target: string, host: string): URL | Refusal {
  const refusal: Refusal = {
    status: 400,
    code: 'bad_request_target',
    message: 'The request target is not a path of this server with valid percent-encoding.',
  };
  // `//x` would be read as another host; absolute and authority forms are for proxies.
  if (!target.startsWith('/') || target.startsWith('//')) return refusal;
  try {
    const url = new URL(`http://${host}${target}`);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return refusal;
  }
}

export function checkDevRoute(
  pathname: string,
  method: string,
  access: CloudAccess,
): Refusal | null {
  return !access.devRoutes && isDevRoute(pathname) ? notFound(method, pathname) : null;
}

/** Bodies are JSON (RFC 8259), with parameters such as `charset` allowed. */
export function checkContentType(request: IncomingMessage): Refusal | null {
  if (!announcesBody(request)) return null;
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType === 'application/json') return null;
  return {
    status: 415,
    code: 'unsupported_media_type',
    message: 'A request body must be JSON, sent with Content-Type: application/json.',
  };
}

export function bodyLimitFor(pathname: string): number {
  return LICENSE_FILE_ROUTES.includes(pathname) ? LICENSE_FILE_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES;
}

export function tooLarge(pathname: string): Refusal {
  if (LICENSE_FILE_ROUTES.includes(pathname)) {
    return { status: 413, code: 'file_too_large', message: FILE_TOO_LARGE_MESSAGE };
  }
  return {
    status: 413,
    code: 'payload_too_large',
    message: `A request body may be at most ${BODY_LIMIT_BYTES / 1024 / 1024} MiB.`,
  };
}
