import { CloudError } from './errors';
import type { CloudState } from './state';

/**
 * Where a key counts (R22): one route (command) and one caller, e.g. `cms:<user id>` or
 * `partner:<partner id>`. The caller is who signed in, not the session, so a retry after signing
 * in again still replays; another caller's identical key never gets this caller's answer.
 */
export interface IdempotencyScope {
  route: string;
  caller: string;
}

/**
 * Runs a command once per Idempotency-Key: a replay with the same body gets the first answer; the
 * same key with another body is refused. Without a key the command simply runs.
 */
export function idempotent<T>(
  state: CloudState,
  { route, caller }: IdempotencyScope,
  key: string | null,
  body: unknown,
  run: () => T,
): T {
  if (!key) return run();
  const id = JSON.stringify([route, caller, key]);
  const fingerprint = JSON.stringify(body);
  const seen = Object.hasOwn(state.idempotency, id) ? state.idempotency[id] : undefined;
  if (seen) {
    if (seen.fingerprint !== fingerprint) {
      throw new CloudError(
        422,
        'idempotency_key_reused',
        'This request key was already used for a different request.',
      );
    }
    return seen.response as T;
  }
  const response = run();
  state.idempotency[id] = { fingerprint, response };
  return response;
}
