import { sensorQuerySchema } from '@/api/contract/fleet';
import { SearchField } from '@/components/search-field';

function searchProblem(text: string): string | null {
  const check = sensorQuerySchema.shape.search.safeParse(text);
  return check.success ? null : (check.error.issues[0]?.message ?? 'Not a valid search.');
}

/**
 * LM-8: search by serial number or name. The table follows every keystroke (the cloud answers in
 * milliseconds and a newer query cancels the older one); text the cloud would refuse is flagged
 * here and never sent.
 */
export function FleetSearchField(props: { value: string; onChange: (search: string) => void }) {
  return <SearchField label="Search serial number or name" problem={searchProblem} {...props} />;
}
