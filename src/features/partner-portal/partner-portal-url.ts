import { z } from 'zod/mini';
import type { Translate } from '@/lib/i18n';
import { searchKey } from '@/domain/text-input';
import { useUrlState } from '@/lib/url-state';

const PARTNER_TABS = ['my-inventory', 'customer-inventory'] as const;
export type PartnerTab = (typeof PARTNER_TABS)[number];

/** PP-3: as the fleet's search (LM-8); longer text is no customer name or purchase order. */
const MAX_SEARCH_LENGTH = 100;

export function searchProblem(text: string, t: Translate): string | null {
  return text.trim().length > MAX_SEARCH_LENGTH
    ? t('partner.page.searchTooLong', { max: MAX_SEARCH_LENGTH })
    : null;
}

const partnerUrlSchema = z.object({
  tab: z._default(z.enum(PARTNER_TABS), 'my-inventory'),
  q: z._default(
    z.pipe(
      z.string(),
      z.transform((text) => text.slice(0, MAX_SEARCH_LENGTH)),
    ),
    '',
  ),
});

/** PP-1, PP-3: the tab (`?tab=`) and the search text (`?q=`) live in the URL. */
export function usePartnerPortalUrl() {
  const [state, set] = useUrlState(partnerUrlSchema);
  return {
    tab: state.tab,
    search: state.q,
    setTab: (next: PartnerTab) => set({ tab: next === 'my-inventory' ? null : next }),
    setSearch: (next: string) => set({ q: next }),
    /** PP-10: "Replaced by" shows the successor; Back returns to the list as it was. */
    showLicense: (licenseId: string) =>
      set({ tab: 'customer-inventory', q: licenseId }, { push: true }),
  };
}

/**
 * PP-3: a match on customer name or purchase order; PP-10: also on a License ID, the original's
 * included, so following "Replaced by" shows both ends of the lineage.
 */
export function matchesSearch(
  search: string,
  license: {
    purchaseOrder: string;
    customerName?: string;
    licenseId?: string;
    supersededBy?: string | null;
  },
): boolean {
  const needle = searchKey(search);
  if (needle === '') return true;
  return [license.purchaseOrder, license.customerName, license.licenseId, license.supersededBy]
    .filter((field) => typeof field === 'string')
    .some((field) => searchKey(field).includes(needle));
}
