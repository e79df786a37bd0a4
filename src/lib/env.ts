import '@/api/contract/zod-setup';
import { z } from 'zod/mini';

const envSchema = z.object({
  VITE_API_URL: z.optional(
    z.url({
      message: 'VITE_API_URL must be an absolute http(s) URL, e.g. http://127.0.0.1:8787/api',
    }),
  ),
});

const parsed = envSchema.safeParse({ VITE_API_URL: import.meta.env.VITE_API_URL || undefined });
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

/** Without an API URL the app talks to the simulated cloud (MSW) on its own origin. */
export function apiBaseUrl(): string {
  return (parsed.data?.VITE_API_URL ?? `${window.location.origin}/api`).replace(/\/$/, '');
}

/** True when the app runs on the simulated cloud, which offers test-only endpoints (sign in as…). */
export function usesSimulatedCloud(): boolean {
  return !parsed.data?.VITE_API_URL;
}
