import type { DateStyle, Locale } from './preferences';

/** Minutes the zone is ahead of UTC at the instant (Berlin in summer: 120). */
export function zoneOffsetMinutes(timeZone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
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
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
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
    return new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(instant);
  }
  const local = new Date(instant + zoneOffsetMinutes(timeZone, instant) * 60_000);
  return `${local.toISOString().slice(0, 10)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
