import { useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { LicenseKey, SensorQuery } from '@/api/contract/fleet';
import type { BulkResult, BulkTarget } from '@/api/contract/fleet-bulk';
import { useBulkCommand } from '@/api/fleet';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';
import { bulkActionOf, type BulkActionChoice } from './bulk-action';
import { BulkResultView } from './bulk-result';

type Scope = 'selected' | 'filtered';

interface BulkDialogProps {
  /** The action chosen in the menu (the dialog is shown only while there is one). */
  choice: BulkActionChoice;
  /** The ticked rows, in the order they were ticked. */
  selected: readonly string[];
  /** The table's search and filters, and how many sensors they match now. */
  query: SensorQuery;
  matching: number;
  /** The pool's keys, for Assign licenses. */
  keys: readonly LicenseKey[];
  onClose: () => void;
  /** After the cloud answered: the ticked rows have served their purpose. */
  onDone: () => void;
}

/** The key that can serve every sensor, else the one with most left. */
function defaultKey(keys: readonly LicenseKey[], count: number): string {
  const enough = keys.find((key) => key.available >= count);
  const most = [...keys].sort((a, b) => b.available - a.available)[0];
  return (enough ?? most)?.id ?? '';
}

/**
 * LM-12: one action on the ticked sensors or on everything the filter matches, with the count
 * before confirming. The pool is checked here before the cloud is asked (which checks again); the
 * answer reads "n of m" with each sensor left as it was and why.
 */
export function BulkDialog({
  choice,
  selected,
  query,
  matching,
  keys,
  onClose,
  onDone,
}: BulkDialogProps) {
  const t = useText();
  const bulk = useBulkCommand();
  const [scope, setScope] = useState<Scope>(selected.length > 0 ? 'selected' : 'filtered');
  const count = scope === 'selected' ? selected.length : matching;
  const [pickedKey, setPickedKey] = useState<string | null>(null);
  const keyId = pickedKey ?? defaultKey(keys, count);
  const key = keys.find((k) => k.id === keyId);
  const [result, setResult] = useState<BulkResult | null>(null);
  const scopeLabelId = useId();

  const poolShort = choice === 'assign' && key !== undefined && key.available < count;
  const noKeys = choice === 'assign' && keys.every((k) => k.available === 0);
  // After a failed attempt the pool may show its own licenses gone (an answer lost on the way):
  // the same command may be sent again, and the cloud, which knows, answers it once.
  const blocked = count === 0 || noKeys || (poolShort && !bulk.isError);

  const close = () => {
    bulk.reset();
    onClose();
  };

  const submit = async () => {
    if (blocked) return;
    // The key stays as sent: a lost answer may have changed the pool, and with it the default.
    setPickedKey(keyId);
    const target: BulkTarget =
      scope === 'selected'
        ? { kind: 'selected', serials: [...selected] }
        : {
            kind: 'filtered',
            filter: { search: query.search, status: query.status, location: query.location },
            expected: matching,
          };
    try {
      setResult(await bulk.mutateAsync({ action: bulkActionOf(choice, keyId), target }));
      onDone();
    } catch {
      // Shown from the mutation's error below; the choices stay as they were.
    }
  };

  return (
    <AppDialog
      open
      onClose={bulk.isPending ? undefined : close}
      title={t(`fleet.bulk.title.${choice}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      actions={
        result ? (
          <Button variant="contained" onClick={close} autoFocus>
            {t('fleet.bulk.done')}
          </Button>
        ) : (
          <>
            <Button onClick={close} disabled={bulk.isPending}>
              {t('fleet.bulk.cancel')}
            </Button>
            <Button type="submit" variant="contained" loading={bulk.isPending} disabled={blocked}>
              {t(`fleet.bulk.confirm.${choice}`, { count })}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <BulkResultView result={result} />
      ) : (
        <Stack spacing={2}>
          {selected.length > 0 ? (
            <FormControl disabled={bulk.isPending}>
              <FormLabel id={scopeLabelId}>{t('fleet.bulk.scope')}</FormLabel>
              <RadioGroup
                aria-labelledby={scopeLabelId}
                value={scope}
                onChange={(event) =>
                  setScope(event.target.value === 'filtered' ? 'filtered' : 'selected')
                }
              >
                <FormControlLabel
                  value="selected"
                  control={<Radio />}
                  label={t('fleet.bulk.scopeSelected', { count: selected.length })}
                />
                <FormControlLabel
                  value="filtered"
                  control={<Radio />}
                  label={t('fleet.bulk.scopeFiltered', { count: matching })}
                />
              </RadioGroup>
            </FormControl>
          ) : (
            <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
              {t('fleet.bulk.scopeFiltered', { count: matching })}
            </Typography>
          )}
          <DialogText>{t(`fleet.bulk.explain.${choice}`)}</DialogText>
          {choice === 'assign' &&
            (noKeys ? (
              <Alert severity="warning">{t('fleet.bulk.noKeys')}</Alert>
            ) : (
              <TextField
                select
                label={t('fleet.bulk.key')}
                value={keyId}
                onChange={(event) => setPickedKey(event.target.value)}
                error={poolShort}
                helperText={
                  poolShort && key
                    ? t('fleet.bulk.poolShort', { key: key.id, available: key.available, count })
                    : null
                }
                disabled={bulk.isPending}
                fullWidth
              >
                {keys.map((k) => (
                  <MenuItem key={k.id} value={k.id}>
                    {t('fleet.bulk.keyOption', {
                      key: k.id,
                      months: k.durationMonths,
                      available: k.available,
                    })}
                  </MenuItem>
                ))}
              </TextField>
            ))}
          {bulk.isPending && (
            <Stack spacing={1} role="status">
              <Typography variant="body2">{t('fleet.bulk.working', { count })}</Typography>
              <LinearProgress />
            </Stack>
          )}
          {bulk.isError && <ErrorAlert error={bulk.error} />}
        </Stack>
      )}
    </AppDialog>
  );
}
