import { useSearchParams } from 'wouter';

export const PARTNER_TABS = ['my-inventory', 'customer-inventory'] as const;
export type PartnerTab = (typeof PARTNER_TABS)[number];

/** PP-3: as the fleet's search (LM-8); longer text is no customer name or purchase order. */
export const MAX_SEARCH_LENGTH = 100;

export function searchProblem(text: string): string | null {
  return text.trim().length > MAX_SEARCH_LENGTH
    ? `Search for at most ${MAX_SEARCH_LENGTH} characters.`
    : null;
}

/** PP-1, PP-3: the tab (`?tab=`) and the search text (`?q=`) live in the URL. */
export function usePartnerPortalUrl() {
  const [params, setParams] = useSearchParams();
  const tab: PartnerTab =
    PARTNER_TABS.find((option) => option === params.get('tab')) ?? 'my-inventory';
  const update = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return {
    tab,
    search: (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    setTab: (next: PartnerTab) => update('tab', next === 'my-inventory' ? '' : next),
    setSearch: (next: string) => update('q', next),
  };
}

/** PP-3: case-insensitive match on customer name or purchase order. */
export function matchesSearch(
  search: string,
  license: { purchaseOrder: string; customerName?: string },
): boolean {
  const needle = search.trim().toLowerCase();
  if (needle === '') return true;
  return (
    license.purchaseOrder.toLowerCase().includes(needle) ||
    (license.customerName ?? '').toLowerCase().includes(needle)
  );
}
