/** A seed record a test relies on, or a clear failure naming what the seed lacks. */
export function found<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`The seed has no ${what}`);
  return value;
}
