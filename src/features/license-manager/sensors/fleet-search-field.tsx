import { sensorQuerySchema } from '@/api/contract/fleet';
import { SearchField } from '@/components/search-field';
import { useText, type Translate } from '@/lib/i18n';

function searchProblem(text: string, t: Translate): string | null {
  const check = sensorQuerySchema.shape.search.safeParse(text);
  return check.success ? null : (check.error.issues[0]?.message ?? t('fleet.search.invalid'));
}

/**
 * LM-8: search by serial number or name. The table follows every keystroke (the cloud answers in
 * milliseconds and a newer query cancels the older one); text the cloud would refuse is flagged
 * here and never sent.
 */
export function FleetSearchField(props: { value: string; onChange: (search: string) => void }) {
  const t = useText();
  return (
    <SearchField
      label={t('fleet.search.label')}
      problem={(text) => searchProblem(text, t)}
      {...props}
    />
  );
}
