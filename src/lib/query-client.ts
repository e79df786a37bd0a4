import { QueryClient } from '@tanstack/react-query';
import type { ApiError } from '@/api/errors';

const MAX_RETRIES = 2;

/** Retry what may pass on a second try (no answer, 5xx, 429); a 4xx is the cloud's final word. */
function shouldRetry(failureCount: number, error: ApiError): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? shouldRetry : false,
      },
      mutations: { retry: false },
    },
  });
}
