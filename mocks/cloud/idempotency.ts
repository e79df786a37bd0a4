import { CloudError } from './errors';
import type { CloudState } from './state';

/**
 * Runs a command once per Idempotency-Key: a replay with the same body gets the first answer; the
 * same key with another body is refused. Without a key the command simply runs.
 */
export function idempotent<T>(
  state: CloudState,
  scope: string,
  key: string | null,
  body: unknown,
  run: () => T,
): T {
  if (!key) return run();
  const id = `${scope}:${key}`;
  const fingerprint = JSON.stringify(body);
  const seen = state.idempotency[id];
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
