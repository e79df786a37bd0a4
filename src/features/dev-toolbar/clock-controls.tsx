import { useState } from 'react';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { clockQueries, useAdvanceClock } from '@/api/clock';
import type { AdvanceClockBody } from '@/api/contract/clock';
import { toUserMessage } from '@/api/errors';
import { addMonths, isIsoDate } from '@/domain/dates';
import { Message, useDates, useText, type MessageId } from '@/lib/i18n';

/** Dates are typed as YYYY-MM-DD, whatever the browser's locale. */
function problemWith(date: string, today: string | undefined): MessageId | null {
  if (date === '') return null;
  if (!isIsoDate(date)) return 'simulation.clock.notIso';
  if (today !== undefined && date <= today) return 'simulation.clock.notAfterToday';
  return null;
}

/** MC-2: the simulated date and the ways to move it forward. */
export function ClockControls() {
  const t = useText();
  const dates = useDates();
  const clock = useQuery(clockQueries.current());
  const advance = useAdvanceClock();
  const [date, setDate] = useState('');
  const today = clock.data?.today;
  const go = (body: AdvanceClockBody) => advance.mutate(body, { onSuccess: () => setDate('') });
  const dateProblem = problemWith(date, today);

  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        <Message
          id="simulation.clock.today"
          values={{
            today: today ? dates.day(today) : '…',
            b: (chunks) => <strong>{chunks}</strong>,
          }}
        />
      </Typography>
      <ButtonGroup
        size="small"
        variant="outlined"
        aria-label={t('simulation.clock.move')}
        disabled={!today || advance.isPending}
      >
        <Button onClick={() => go({ days: 1 })}>{t('simulation.clock.day')}</Button>
        <Button onClick={() => go({ days: 7 })}>{t('simulation.clock.week')}</Button>
        <Button onClick={() => today && go({ to: addMonths(today, 1) })}>
          {t('simulation.clock.month')}
        </Button>
      </ButtonGroup>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          placeholder={t('simulation.clock.placeholder')}
          label={t('simulation.clock.goToDate')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={dateProblem !== null}
          helperText={dateProblem ? t(dateProblem) : ' '}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { inputMode: 'numeric', maxLength: 10 },
          }}
        />
        <Button
          size="small"
          variant="contained"
          disabled={date === '' || dateProblem !== null || advance.isPending}
          onClick={() => go({ to: date })}
        >
          {t('simulation.clock.go')}
        </Button>
      </Stack>
      {advance.isError && (
        <Typography variant="caption" color="error" role="alert">
          {toUserMessage(advance.error, t)}
        </Typography>
      )}
    </Stack>
  );
}
