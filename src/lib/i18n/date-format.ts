import type { DateStyle, Locale } from './preferences';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options: making an Intl.DateTimeFormat costs far more than using
 * one, and a table of a hundred dates would make a hundred (AU-1's History, the planner).
 */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at the instant (Berlin in summer: 120). */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wallClock - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant a license dated `day` stops: the next midnight in the server's zone. */
export function endOfDayInstant(day: string, serverZone: string): number {
  const nextMidnightAsUtc = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  const guess = nextMidnightAsUtc - zoneOffsetMinutes(serverZone, nextMidnightAsUtc) * 60_000;
  return nextMidnightAsUtc - zoneOffsetMinutes(serverZone, guess) * 60_000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A calendar day (`YYYY-MM-DD`, no zone) in the user's date style. */
export function formatDay(day: string, style: DateStyle, locale: Locale): string {
  if (style === 'iso') return day;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${day}T00:00:00Z`),
  );
}

/** An instant as date and time on the wall clock of `timeZone`. */
export function formatMoment(
  instant: number,
  style: DateStyle,
  locale: Locale,
  timeZone: string,
): string {
  if (style === 'locale') {
    return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      instant,
    );
  }
  const local = new Date(instant + zoneOffsetMinutes(timeZone, instant) * 60_000);
  return `${local.toISOString().slice(0, 10)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
