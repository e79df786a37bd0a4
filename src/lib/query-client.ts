import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/api/errors';

const MAX_RETRIES = 2;

/** Retry what may pass on a second try (no answer, 5xx, 429); a 4xx is the cloud's final word. */
function shouldRetry(failureCount: number, error: ApiError): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * Backs off exponentially (1 s, 2 s, … up to 30 s), but never sooner than the cloud's
 * `Retry-After` (quality R13: no retry storm against a busy cloud).
 */
function retryDelay(failureCount: number, error: ApiError): number {
  const backoff = Math.min(1000 * 2 ** failureCount, 30_000);
  return Math.max(backoff, error.retryAfterMs ?? 0);
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? shouldRetry : false,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}
