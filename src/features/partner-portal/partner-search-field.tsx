import { SearchField } from '@/components/search-field';
import { useText } from '@/lib/i18n';
import { searchProblem } from './partner-portal-url';

/**
 * PP-3: the list follows every keystroke; text too long to be a name or a purchase order is
 * flagged here and kept out of the address.
 */
export function PartnerSearchField(props: { value: string; onChange: (search: string) => void }) {
  const t = useText();
  return (
    <SearchField
      label={t('partner.page.search')}
      problem={(text) => searchProblem(text, t)}
      width={320}
      {...props}
    />
  );
}
