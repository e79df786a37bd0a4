import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { useOwnSearchParams, useSearchWriter } from './url-search-store';
import { z } from 'zod/mini';

/**
 * The search parameters a view owns, as a zod object whose every field has a default: a missing or
 * malformed parameter then reads as its default instead of breaking the page.
 */
export type UrlSchema = z.ZodMiniObject<z.core.$ZodShape>;

/** A change to the URL state: a value sets its parameter; null or '' removes it. */
export type UrlPatch<S extends UrlSchema> = { [K in keyof z.output<S>]?: z.output<S>[K] | null };

/** Reads the schema's parameters; each one that is absent or does not parse takes its default. */
export function readUrlState<S extends UrlSchema>(schema: S, params: URLSearchParams): z.output<S> {
  const input: Record<string, string> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.get(key);
    if (raw !== null && z.safeParse(field, raw).success) input[key] = raw;
  }
  return schema.parse(input);
}

/** The parameters after `patch`: others stay as they are, where they are; new ones go last. */
export function writeUrlState<S extends UrlSchema>(
  prev: URLSearchParams,
  patch: UrlPatch<S>,
): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/**
 * One typed view of the address's search parameters. `set` replaces the history entry (typing,
 * filters); `{ push: true }` adds one, so Back undoes it (opening a view). A view re-renders when
 * its own parameters change, not when another view's do (url-search-store.tsx).
 */
export function useUrlState<S extends UrlSchema>(schema: S) {
  const own = useOwnSearchParams(Object.keys(schema.shape));
  const state = useMemo(() => readUrlState(schema, new URLSearchParams(own)), [schema, own]);
  return [state, useUrlWriter<S>()] as const;
}

/**
 * Only `set` of useUrlState, for a view that changes the schema's parameters but does not show
 * them (a button opening a dialog): it is not re-rendered when they change.
 */
export function useUrlWriter<S extends UrlSchema>() {
  const write = useSearchWriter();
  const [path, navigate] = useLocation();
  return (patch: UrlPatch<S>, { push = false }: { push?: boolean } = {}) => {
    const search = write((current) => writeUrlState<S>(current, patch));
    navigate(search ? `${path}?${search}` : path, { replace: !push });
  };
}
