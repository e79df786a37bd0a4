/** Who may call the simulated cloud over HTTP, beyond loopback (flags of `npm run mock-server`). */
export interface CloudAccess {
  /** Host names (lower case, no port) the server answers for besides loopback ones: `--allow-host`. */
  allowHosts: readonly string[];
  /** Origins (`URL.origin` form) whose pages may call besides loopback ones: `--allow-origin`. */
  allowOrigins: readonly string[];
  /** Whether the simulation's routes (`/api/dev/…`, the clock's advance) answer: `--dev-routes`. */
  devRoutes: boolean;
}

export const LOOPBACK_ONLY: CloudAccess = { allowHosts: [], allowOrigins: [], devRoutes: true };

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Only what a host name, an IP literal and a port are made of: no user, path, space or `%`. */
const HOST_CHARACTERS = /^[a-z0-9.\-[\]:]+$/i;

export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTNAMES.has(hostname);
}

/** The host name of a `Host` value (`name[:port]`), as a URL spells it; null when it is not one. */
export function hostnameOf(host: string): string | null {
  if (!HOST_CHARACTERS.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname || null;
  } catch {
    return null;
  }
}

/** The dev server, `vite preview` and tests run on loopback origins. */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHostname(url.hostname)
    );
  } catch {
    return false;
  }
}

export function isAllowedOrigin(origin: string, access: CloudAccess): boolean {
  return isLoopbackOrigin(origin) || access.allowOrigins.includes(origin);
}
