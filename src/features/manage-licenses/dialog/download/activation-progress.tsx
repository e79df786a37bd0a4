import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivationJob } from '@/api/contract/activations';
import { jobProgress, jobProgressText, jobSeverity, rowKey } from './download-rows';

interface ActivationProgressProps {
  job: ActivationJob;
  /** Row keys the table shows: failures of rows that left it are listed here instead. */
  shownRows: ReadonlySet<string>;
  segmentName: (segmentControllerId: string) => string;
  onDismiss: () => void;
}

function Running({ job }: { job: ActivationJob }) {
  const labelId = useId();
  const { done, total } = jobProgress(job);
  const whole = Math.max(total, 1);
  return (
    <Stack spacing={0.75}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography id={labelId} variant="body2" sx={{ fontWeight: 600 }}>
          {jobProgressText(job)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          The cloud keeps going if you close this dialog.
        </Typography>
      </Stack>
      {/* The buffer is the license the cloud is on now, so the bar moves from the first one. */}
      <LinearProgress
        variant="buffer"
        value={(done / whole) * 100}
        valueBuffer={(Math.min(done + 1, whole) / whole) * 100}
        aria-labelledby={labelId}
      />
    </Stack>
  );
}

function Result({ job, shownRows, segmentName, onDismiss }: ActivationProgressProps) {
  const { failed } = jobProgress(job);
  const unlisted = failed.filter((item) => !shownRows.has(rowKey(item)));
  return (
    <Alert
      severity={jobSeverity(job)}
      // The live region is the status box around it; an alert would interrupt.
      role="none"
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {jobProgressText(job)}
      </Typography>
      {failed.length > unlisted.length && (
        <Typography variant="body2">The reason is shown next to each failed license.</Typography>
      )}
      {unlisted.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {unlisted.map((item) => (
            <li key={rowKey(item)}>
              <Typography variant="body2">
                {item.licenseId} for {segmentName(item.segmentControllerId)}:{' '}
                {item.error?.message ?? 'Not activated.'}
              </Typography>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

/**
 * SS-33, SS-34: the job the view follows, as overall progress and then as its result. One live
 * region for both, so the result is announced where the progress was.
 */
export function ActivationProgress(props: ActivationProgressProps) {
  return (
    <Box role="status">
      {props.job.status === 'running' ? <Running job={props.job} /> : <Result {...props} />}
    </Box>
  );
}
