import {
  createContext,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useSearch } from 'wouter';

/** The address's search string, held where a view can watch only its own parameters. */
class SearchStore {
  private readonly listeners = new Set<() => void>();
  constructor(private value: string) {}
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly get = () => this.value;
  set(value: string) {
    if (value === this.value) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}

const SearchStoreContext = createContext<SearchStore | null>(null);

/**
 * Follows the router's search string into a store, so a change of one view's parameters (opening a
 * History, a filter) re-renders the views that own them, not every view that reads the address.
 * Goes inside the router: the app's, a test's or a story's.
 */
export function UrlSearchProvider({ children }: { children: ReactNode }) {
  const search = useSearch();
  const [store] = useState(() => new SearchStore(search));
  useLayoutEffect(() => store.set(search), [store, search]);
  return <SearchStoreContext.Provider value={store}>{children}</SearchStoreContext.Provider>;
}

function useSearchStore(): SearchStore {
  const store = useContext(SearchStoreContext);
  if (!store)
    throw new Error('URL state is read inside UrlSearchProvider (app, renderWithApp, stories).');
  return store;
}

/** Only `keys` of the search string, in a stable order: what a view's snapshot compares. */
function ownParams(search: string, keys: readonly string[]): string {
  const all = new URLSearchParams(search);
  const own = new URLSearchParams();
  for (const key of keys) {
    const value = all.get(key);
    if (value !== null) own.set(key, value);
  }
  return own.toString();
}

/** The search parameters named by `keys`, re-rendering only when one of them changes. */
export function useOwnSearchParams(keys: readonly string[]): string {
  const store = useSearchStore();
  return useSyncExternalStore(store.subscribe, () => ownParams(store.get(), keys));
}

/**
 * Writes the whole next search string, which the store holds at once (two writes in one handler
 * add up), without watching it: for a view that only changes the address (a button that opens a
 * dialog), so it is not re-rendered when the address changes.
 */
export function useSearchWriter() {
  const store = useSearchStore();
  return (next: (current: URLSearchParams) => URLSearchParams) => {
    const search = next(new URLSearchParams(store.get())).toString();
    store.set(search);
    return search;
  };
}

/**
 * The whole search string while `watching()` holds, else ''. For a view that cares about the
 * address only at moments (an awaited arrival): it is not re-rendered by every other change.
 */
export function useSearchWhile(watching: () => boolean): string {
  const store = useSearchStore();
  return useSyncExternalStore(store.subscribe, () => (watching() ? store.get() : ''));
}
