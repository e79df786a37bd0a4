import { ApiError, toUserMessage } from '@/api/errors';
import type { Translate } from '@/lib/i18n';

/**
 * Why the CMS does not know who is signed in, in words that say what to do: a cloud that cannot be
 * reached is not an expired session, and neither is a sign-in that failed to check.
 */
export function sessionErrorText(error: unknown, t: Translate): { title: string; message: string } {
  if (error instanceof ApiError && (error.isNetworkError || error.code === 'timeout')) {
    return {
      title: 'The licensing cloud cannot be reached',
      message:
        'Check the network connection and try again. Nothing is lost: the license status shows as soon as the cloud answers.',
    };
  }
  if (error instanceof ApiError && error.status === 401) {
    return { title: 'Your session has expired', message: 'Sign in again to continue.' };
  }
  return { title: 'Your sign-in could not be checked', message: toUserMessage(error, t) };
}
