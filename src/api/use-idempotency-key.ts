import { useMemo, useRef } from 'react';
import { newIdempotencyKey } from './client';

/**
 * One Idempotency-Key per user action (R7, R10): sending the same request again (a retry after an
 * error or a lost answer) reuses its key, so the cloud applies it once; another request, or the
 * same one after `done()` (it succeeded), is a new action with a new key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ request: string; key: string } | null>(null);
  return useMemo(
    () => ({
      keyFor(request: unknown): string {
        const text = JSON.stringify(request);
        if (last.current?.request !== text)
          last.current = { request: text, key: newIdempotencyKey() };
        return last.current.key;
      },
      done(): void {
        last.current = null;
      },
    }),
    [],
  );
}
