import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { endOfDayInstant, formatDay, formatMoment, zoneOffsetMinutes } from './date-format';
import { useLanguage } from './language-provider';
import { useText } from './use-text';

/** The simulated cloud keeps its clock in UTC (GET /clock says so); a real one names its zone there too. */
const SERVER_TIME_ZONE = 'UTC';

/**
 * Dates stay ISO strings in data; this is where they become words in the user's style and zone.
 * `expiry` says when a license stops in server time and, when the user's zone differs, on their clock.
 */
export function useDates() {
  const intl = useIntl();
  const t = useText();
  const { preferences } = useLanguage();
  return useMemo(() => {
    const { dateStyle, locale, timeZone } = preferences;
    const day = (iso: string) => formatDay(iso, dateStyle, locale);
    return {
      day,
      moment: (isoInstant: string) =>
        formatMoment(Date.parse(isoInstant), dateStyle, locale, timeZone),
      number: (value: number) => intl.formatNumber(value),
      expiry: (iso: string, serverZone: string = SERVER_TIME_ZONE) => {
        const serverText = t('common.date.expiresAtEndOf', { day: day(iso) });
        const instant = endOfDayInstant(iso, serverZone);
        if (zoneOffsetMinutes(timeZone, instant) === zoneOffsetMinutes(serverZone, instant)) {
          return serverText;
        }
        return t('common.date.expiresAtEndOfWithLocal', {
          day: day(iso),
          moment: formatMoment(instant, dateStyle, locale, timeZone),
          timeZone,
        });
      },
    };
  }, [intl, t, preferences]);
}
