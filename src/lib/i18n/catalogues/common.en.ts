/** English texts of the shared components and formats; the keys are the ids every locale must translate. */
export const commonEn = {
  'common.date.expiresAtEndOf': 'expires at end of {day} (server time)',
  'common.date.expiresAtEndOfWithLocal':
    'expires at end of {day} (server time), {moment} in {timeZone}',
} as const;
