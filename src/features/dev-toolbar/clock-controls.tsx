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

/** Spec §0: dates are typed and shown as YYYY-MM-DD, whatever the browser's locale. */
function problemWith(date: string, today: string | undefined): string | null {
  if (date === '') return null;
  if (!isIsoDate(date)) return 'Type a date as YYYY-MM-DD.';
  if (today !== undefined && date <= today) return 'Pick a date after today.';
  return null;
}

/** MC-2: the simulated date and the ways to move it forward. */
export function ClockControls() {
  const clock = useQuery(clockQueries.current());
  const advance = useAdvanceClock();
  const [date, setDate] = useState('');
  const today = clock.data?.today;
  const go = (body: AdvanceClockBody) => advance.mutate(body, { onSuccess: () => setDate('') });
  const dateProblem = problemWith(date, today);

  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        Simulated date: <strong>{today ?? '…'}</strong>
      </Typography>
      <ButtonGroup
        size="small"
        variant="outlined"
        aria-label="Move the simulated clock"
        disabled={!today || advance.isPending}
      >
        <Button onClick={() => go({ days: 1 })}>+1 day</Button>
        <Button onClick={() => go({ days: 7 })}>+1 week</Button>
        <Button onClick={() => today && go({ to: addMonths(today, 1) })}>+1 month</Button>
      </ButtonGroup>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          placeholder="YYYY-MM-DD"
          label="Go to date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={dateProblem !== null}
          helperText={dateProblem ?? ' '}
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
          Go
        </Button>
      </Stack>
      {advance.isError && (
        <Typography variant="caption" color="error" role="alert">
          {toUserMessage(advance.error)}
        </Typography>
      )}
    </Stack>
  );
}
