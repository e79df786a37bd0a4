import { SearchField } from '@/components/search-field';
import { searchProblem } from './partner-portal-url';

/**
 * PP-3: the list follows every keystroke; text too long to be a name or a purchase order is
 * flagged here and kept out of the address.
 */
export function PartnerSearchField(props: { value: string; onChange: (search: string) => void }) {
  return (
    <SearchField
      label="Search customer or purchase order"
      problem={searchProblem}
      width={320}
      {...props}
    />
  );
}
