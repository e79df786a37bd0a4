import type { Locale } from '@/lib/i18n';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** `2027-03` → "Mar 2027" ("März 2027"): the chart's axis and its summary say months the same way. */
export function monthLabel(month: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(`${month}-01T00:00:00Z`));
}
