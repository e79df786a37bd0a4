import { useId, type Ref } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@/components/error-alert';
import { useText, type Translate } from '@/lib/i18n';

interface SelectionSummaryProps {
  /** ACTIVATE, where focus goes when a result with failures is dismissed. */
  activateRef: Ref<HTMLButtonElement>;
  selectedCount: number;
  /** Selected rows not already in a running job: what ACTIVATE sends. */
  activatableCount: number;
  warnings: readonly string[];
  /** Why the coverage check could not run, if it could not. */
  coverageNote: string | null;
  starting: boolean;
  errorMessage: string | null;
  onActivate: () => void;
  onClearError: () => void;
}

function countText(selected: number, activatable: number, t: Translate): string {
  if (selected === 0) return t('cms.download.selectToActivate');
  const busy = selected - activatable;
  return busy > 0
    ? t('cms.download.selectedWithBusy', { selected, busy })
    : t('cms.download.selected', { selected });
}

/** SS-32 … SS-35: what is selected, what to know before activating, and ACTIVATE. */
export function SelectionSummary({
  activateRef,
  selectedCount,
  activatableCount,
  warnings,
  coverageNote,
  starting,
  errorMessage,
  onActivate,
  onClearError,
}: SelectionSummaryProps) {
  const warningsId = useId();
  const t = useText();
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ flexGrow: 1 }}>
          {countText(selectedCount, activatableCount, t)}
        </Typography>
        <Button
          ref={activateRef}
          variant="contained"
          onClick={onActivate}
          disabled={activatableCount === 0}
          loading={starting}
          aria-describedby={warnings.length > 0 ? warningsId : undefined}
        >
          {t('cms.download.activate')}
        </Button>
      </Stack>
      {errorMessage && <ErrorAlert error={errorMessage} onDismiss={onClearError} />}
      {warnings.length > 0 && (
        <Alert severity="warning" role="note" id={warningsId}>
          <AlertTitle>{t('cms.download.beforeYouActivate')}</AlertTitle>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      )}
      {coverageNote && (
        <Typography variant="body2" color="text.secondary">
          {coverageNote}
        </Typography>
      )}
    </Stack>
  );
}
