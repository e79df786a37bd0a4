import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LicenseKey, SensorQuery } from '@/api/contract/fleet';
import { useText } from '@/lib/i18n';
import type { BulkActionChoice } from './bulk-action';
import { BulkActionsMenu } from './bulk-actions-menu';
import { BulkDialog } from './bulk-dialog';
import type { SensorSelection } from './use-sensor-selection';

interface BulkToolbarProps {
  selection: SensorSelection;
  query: SensorQuery;
  /** Sensors the search and filters match; undefined until the table's first answer. */
  matching: number | undefined;
  keys: readonly LicenseKey[];
}

/** LM-12: how many rows are ticked, Clear selection, and the bulk actions with their dialog. */
export function BulkToolbar({ selection, query, matching, keys }: BulkToolbarProps) {
  const t = useText();
  const [choice, setChoice] = useState<BulkActionChoice | null>(null);
  const count = selection.serials.size;
  // Until the table's first answer there is no count to act on; then, nothing to act on is said.
  const nothingMatches = matching === 0 && count === 0;
  const disabledReason = nothingMatches ? t('fleet.bulk.nothingMatches') : null;
  return (
    <>
      {count > 0 && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" role="status" sx={{ fontWeight: 600 }}>
            {t('fleet.bulk.selected', { count })}
          </Typography>
          <Button size="small" onClick={selection.clear}>
            {t('fleet.bulk.clearSelection')}
          </Button>
        </Stack>
      )}
      <BulkActionsMenu
        disabled={matching === undefined || nothingMatches}
        disabledReason={disabledReason}
        onChoose={setChoice}
      />
      {choice !== null && (
        <BulkDialog
          choice={choice}
          selected={[...selection.serials]}
          query={query}
          matching={matching ?? 0}
          keys={keys}
          onClose={() => setChoice(null)}
          onDone={selection.clear}
        />
      )}
    </>
  );
}
