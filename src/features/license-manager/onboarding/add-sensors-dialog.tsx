import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { normalizeActivationCode, type AddSensorsResult } from '@/api/contract/fleet';
import { fieldRefusalOf, toUserMessage } from '@/api/errors';
import { useAddSensors, useRedeemActivationCode } from '@/api/fleet';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { MAX_SENSORS_PER_ADD, readSensorLines } from '@/domain/fleet';
import { useText } from '@/lib/i18n';
import { SensorLineProblems } from './sensor-line-problems';

interface AddSensorsDialogProps {
  open: boolean;
  onClose: () => void;
  /** The fleet's locations; the first is chosen at first. */
  locations: readonly string[];
  licensesLeft: number;
}

/** LM-10: new sensors from a pasted list; an activation code in the same dialog when the pool runs short. */
export function AddSensorsDialog({
  open,
  onClose,
  locations,
  licensesLeft,
}: AddSensorsDialogProps) {
  const t = useText();
  const add = useAddSensors();
  const redeem = useRedeemActivationCode();
  const [text, setText] = useState('');
  // The first location until one is picked (the fleet's locations may arrive after the dialog).
  const [picked, setPicked] = useState<string | null>(null);
  const location = picked ?? locations[0] ?? '';
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [result, setResult] = useState<AddSensorsResult | null>(null);
  const lines = useMemo(() => readSensorLines(text, new Set()), [text]);
  const good = lines.filter((line) => line.problem === null);
  const tooMany = lines.length > MAX_SENSORS_PER_ADD;
  const poolShort = good.length > licensesLeft;
  const busy = add.isPending || redeem.isPending;
  const locationRefusal = fieldRefusalOf(add.error, 'location', t);

  const close = () => {
    setText('');
    setCode('');
    setCodeError(null);
    setResult(null);
    add.reset();
    redeem.reset();
    onClose();
  };

  const submit = async () => {
    if (good.length === 0 || tooMany) return;
    setCodeError(null);
    try {
      if (poolShort && code.trim() !== '')
        await redeem.mutateAsync({ code: normalizeActivationCode(code) });
    } catch (error) {
      // The code is refused: nothing is added, and the list stays as typed.
      setCodeError(toUserMessage(error, t));
      return;
    }
    try {
      const sensors = good.map(({ serial, name }) => ({ serial, name }));
      setResult(await add.mutateAsync({ sensors, location }));
    } catch {
      // Shown from the mutation's error below; the list stays as typed.
    }
  };

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={t('fleet.addSensors.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      actions={
        result ? (
          <Button variant="contained" onClick={close} autoFocus>
            {t('fleet.addSensors.done')}
          </Button>
        ) : (
          <>
            <Button onClick={close} disabled={busy}>
              {t('fleet.addSensors.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              loading={busy}
              disabled={good.length === 0 || tooMany}
            >
              {t('fleet.addSensors.submit', { count: good.length })}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <Stack spacing={2}>
          <Alert severity={result.refused.length > 0 ? 'warning' : 'success'} role="status">
            {t('fleet.addSensors.result', {
              added: result.added,
              licensed: result.licensed,
              waiting: result.waiting,
              refused: result.refused.length,
            })}
          </Alert>
          {result.refused.length > 0 && (
            <List dense disablePadding aria-label={t('fleet.addSensors.refusedList')}>
              {result.refused.map((refusal) => (
                <ListItem key={refusal.serial} disableGutters>
                  <Typography variant="body2">{refusal.message}</Typography>
                </ListItem>
              ))}
            </List>
          )}
        </Stack>
      ) : (
        <Stack spacing={2}>
          <DialogText>{t('fleet.addSensors.intro')}</DialogText>
          <TextField
            label={t('fleet.addSensors.list')}
            placeholder={t('fleet.addSensors.listExample')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={5}
            maxRows={12}
            error={tooMany}
            helperText={
              tooMany
                ? t('fleet.addSensors.tooMany', { max: MAX_SENSORS_PER_ADD, count: lines.length })
                : t('fleet.addSensors.counted', {
                    good: good.length,
                    bad: lines.length - good.length,
                  })
            }
            autoFocus
            fullWidth
          />
          {!tooMany && <SensorLineProblems lines={lines} />}
          <TextField
            select
            label={t('fleet.addSensors.location')}
            value={location}
            onChange={(event) => setPicked(event.target.value)}
            error={locationRefusal !== null}
            helperText={locationRefusal}
            fullWidth
          >
            {locations.map((place) => (
              <MenuItem key={place} value={place}>
                {place}
              </MenuItem>
            ))}
          </TextField>
          {poolShort && (
            <>
              <Alert severity="info">
                {t('fleet.addSensors.poolShort', {
                  left: licensesLeft,
                  waiting: good.length - licensesLeft,
                })}
              </Alert>
              <TextField
                label={t('fleet.addSensors.code')}
                placeholder={t('fleet.codeDialog.placeholder')}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                error={codeError !== null}
                helperText={codeError ?? t('fleet.addSensors.codeHint')}
                fullWidth
              />
            </>
          )}
          {add.isError && locationRefusal === null && <ErrorAlert error={add.error} />}
        </Stack>
      )}
    </AppDialog>
  );
}
