import { useDeferredValue, type ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import { ErrorAlert } from './error-alert';

/** What a view needs of a read: a TanStack Query result fits, as do several combined. */
export interface ViewQuery<T> {
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * Several reads shown as one: `data` is given once all have answered (the caller builds it from
 * their typed data); the first error is the error; Retry refetches only the reads that failed.
 */
export function combineQueries<T>(
  queries: readonly ViewQuery<unknown>[],
  data: T | undefined,
): ViewQuery<T> {
  const failed = queries.filter((query) => query.error);
  return {
    data,
    error: failed[0]?.error ?? null,
    isFetching: failed.some((query) => query.isFetching),
    refetch: () => failed.forEach((query) => void query.refetch()),
  };
}

/**
 * Whether a view shows its content yet, given whether its data is there. When the data arrives,
 * the content first renders in a background pass that React splits into short tasks, so a large
 * view never blocks input while it appears (quality P2, total blocking time); a view that mounts
 * with its data cached shows it at once, and later answers replace the content at once. Hooks that
 * show or place something beside a view ask this too, so both change in the same frame.
 */
export function useContentReady(hasData: boolean): boolean {
  return useDeferredValue(hasData) && hasData;
}

interface QueryViewProps<T> {
  query: ViewQuery<T>;
  /** Until the first answer: a skeleton in the shape of the content. */
  pending: ReactNode;
  /** When nothing could be loaded, e.g. "Licenses could not be loaded". */
  errorTitle: string;
  /** R2: when a refresh fails, the last answer stays, with this sentence ("Showing … as last loaded."). */
  lastLoaded?: string;
  /** Shown instead of the content when `isEmpty` says there is nothing to show. */
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  /**
   * `background` (the default): the first content renders in a pass of its own that React splits
   * (see useContentReady). `at-once` for a small view whose first content is waited for, such as
   * a virtualized table's visible rows: the extra pass would only delay them (P3, P7).
   */
  firstContent?: 'background' | 'at-once';
  children: (data: T) => ReactNode;
}

/** A view's states, always in this order: pending → error → empty → content. */
export function QueryView<T>({
  query,
  pending,
  errorTitle,
  lastLoaded,
  empty,
  isEmpty,
  firstContent = 'background',
  children,
}: QueryViewProps<T>) {
  const retry = () => void query.refetch();
  // Asked only for `background`: an `at-once` view is not drawn a second time by the hook.
  const readyInBackground = useContentReady(
    firstContent === 'background' && query.data !== undefined,
  );
  const ready = firstContent === 'at-once' ? query.data !== undefined : readyInBackground;
  if (!ready || query.data === undefined) {
    if (query.data !== undefined || !query.error) return pending;
    return (
      <ErrorAlert
        title={errorTitle}
        error={query.error}
        onRetry={retry}
        retrying={query.isFetching}
      />
    );
  }
  const content = isEmpty?.(query.data) ? empty : children(query.data);
  if (!lastLoaded || !query.error) return content;
  return (
    <Stack spacing={2}>
      <ErrorAlert
        lastLoaded={lastLoaded}
        error={query.error}
        onRetry={retry}
        retrying={query.isFetching}
      />
      {content}
    </Stack>
  );
}
