import { ApiError } from '@/api/errors';
import type { Translate } from '@/lib/i18n';

/**
 * Why the CMS does not know who is signed in, in words that say what to do: a cloud that cannot be
 * reached is not an expired session, and neither is a sign-in that failed to check.
 * `error` is what ErrorAlert shows: these words, or the failure for it to explain.
 */
export function sessionErrorText(error: unknown, t: Translate): { title: string; error: unknown } {
  if (error instanceof ApiError && (error.isNetworkError || error.code === 'timeout')) {
    return {
      title: t('dashboard.sessionError.unreachable.title'),
      error: t('dashboard.sessionError.unreachable.message'),
    };
  }
  if (error instanceof ApiError && error.status === 401) {
    return {
      title: t('dashboard.sessionError.expired.title'),
      error: t('dashboard.sessionError.expired.message'),
    };
  }
  return { title: t('dashboard.sessionError.unchecked.title'), error };
}
