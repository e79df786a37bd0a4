/**
 * English texts of the failures the app words itself (no answer, busy, session ended); the keys
 * are the ids every locale must translate. The cloud's refusals by code are in refusals.en.ts.
 */
export const errorsEn = {
  'errors.network_error':
    'The licensing cloud cannot be reached. Check the network connection and try again.',
  'errors.timeout': 'The licensing cloud did not answer in time. Try again.',
  'errors.busy': 'The licensing cloud is busy. Try again in a moment.',
  'errors.busyFor': 'The licensing cloud is busy. Try again in {seconds} s.',
  'errors.sessionExpired': 'Your session has expired. Sign in again to continue.',
  'errors.malformed_response':
    'The licensing cloud sent an answer this app cannot read. Try again later.',
  'errors.serverProblem': 'The licensing cloud had a problem ({message}). Try again.',
  'errors.unknown': 'Something went wrong. Try again.',
} as const;
