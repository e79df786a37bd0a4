import type { ReactNode } from 'react';
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
  children,
}: QueryViewProps<T>) {
  const retry = () => void query.refetch();
  if (query.data === undefined) {
    if (!query.error) return pending;
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
  // The content keeps its place in the tree whether the alert is above it or not: it is not
  // mounted again (a table keeps its scroll position and focus) when a refresh fails or recovers.
  return (
    <>
      {lastLoaded && query.error ? (
        <ErrorAlert
          lastLoaded={lastLoaded}
          error={query.error}
          onRetry={retry}
          retrying={query.isFetching}
          sx={{ mb: 2 }}
        />
      ) : null}
      {content}
    </>
  );
}
