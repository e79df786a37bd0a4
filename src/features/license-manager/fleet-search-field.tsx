import { useState } from 'react';
import { sensorQuerySchema } from '@/api/fleet-schemas';
import { SearchField } from '@/components/search-field';

/**
 * LM-8: search by serial number or name. The table follows every keystroke (the cloud answers in
 * milliseconds and a newer query cancels the older one); text the cloud would refuse is flagged
 * here and never sent.
 */
export function FleetSearchField({
  value,
  onChange,
}: {
  value: string;
  onChange: (search: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // Back/forward or "Clear filters" changed the address: show what it says now.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const check = sensorQuerySchema.shape.search.safeParse(draft);
  const problem = check.success ? null : (check.error.issues[0]?.message ?? 'Not a valid search.');

  return (
    <SearchField
      label="Search serial number or name"
      value={draft}
      error={problem}
      onChange={(next) => {
        setDraft(next);
        if (!sensorQuerySchema.shape.search.safeParse(next).success) return;
        setShown(next);
        onChange(next);
      }}
    />
  );
}
