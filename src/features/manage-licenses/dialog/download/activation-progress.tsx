import { useEffect, useId, useRef, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivationJob } from '@/api/contract/activations';
import { MONOSPACE } from '@/lib/theme';
import { Message, useText } from '@/lib/i18n';
import { jobProgress, jobProgressText, jobSeverity } from './download-rows';

interface ActivationProgressProps {
  job: ActivationJob;
  /** Started by this view: focus moves here, where the progress and then the result show. */
  focusOnShow?: boolean;
  /** Row keys the table shows: failures of rows that left it are listed here instead. */
  shownRows: ReadonlySet<string>;
  segmentName: (segmentControllerId: string) => string;
  onDismiss: () => void;
}

/** A programmatic focus target, still shown with a ring so keyboard users see where they are. */
const FOCUS_SX = {
  borderRadius: 1,
  '&:focus': { outline: 'none' },
  '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
} as const;

function Running({ job }: { job: ActivationJob }) {
  const labelId = useId();
  const t = useText();
  const { done, total } = jobProgress(job);
  const whole = Math.max(total, 1);
  return (
    <Stack spacing={0.75}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Typography id={labelId} variant="body2" sx={{ fontWeight: 600 }}>
          {jobProgressText(job, t)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('cms.download.progress.keepsGoing')}
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

/** SS-76: the activated licenses, grouped by the segment controller they went to. */
function activatedBySegment(job: ActivationJob): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of job.items) {
    if (item.state !== 'activated') continue;
    groups.set(item.segmentControllerId, [
      ...(groups.get(item.segmentControllerId) ?? []),
      item.licenseId,
    ]);
  }
  return groups;
}

const ID_SX = { fontFamily: MONOSPACE, fontSize: '0.8rem', overflowWrap: 'anywhere' } as const;
const LIST_STYLE = { margin: '4px 0 0', paddingLeft: 20 } as const;

const ids = (chunks: ReactNode[]) => (
  <Typography component="span" sx={ID_SX}>
    {chunks}
  </Typography>
);

function Result({ job, shownRows, segmentName, onDismiss }: ActivationProgressProps) {
  const t = useText();
  const { failed } = jobProgress(job);
  const unlisted = failed.filter((item) => !shownRows.has(item.licenseId));
  const activated = [...activatedBySegment(job)];
  return (
    <Alert
      severity={jobSeverity(job)}
      // The live region is the status box around it; an alert would interrupt.
      role="none"
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          {t('cms.download.progress.dismiss')}
        </Button>
      }
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {jobProgressText(job, t)}
      </Typography>
      {activated.length > 0 && (
        <ul style={LIST_STYLE}>
          {activated.map(([segmentControllerId, licenseIds]) => (
            <li key={segmentControllerId}>
              <Typography variant="body2">
                <Message
                  id="cms.download.progress.activatedOn"
                  values={{
                    segment: segmentName(segmentControllerId),
                    licenseIds: licenseIds.join(', '),
                    ids,
                  }}
                />
              </Typography>
            </li>
          ))}
        </ul>
      )}
      {failed.length > unlisted.length && (
        <Typography variant="body2">{t('cms.download.progress.reasonBeside')}</Typography>
      )}
      {unlisted.length > 0 && (
        <ul style={LIST_STYLE}>
          {unlisted.map((item) => (
            <li key={item.licenseId}>
              <Typography variant="body2">
                <Message
                  id="cms.download.progress.notActivatedOn"
                  values={{
                    segment: segmentName(item.segmentControllerId),
                    licenseId: item.licenseId,
                    reason: item.error?.message ?? '',
                    id: ids,
                  }}
                />
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
  const ref = useRef<HTMLDivElement>(null);
  const { focusOnShow = false } = props;
  const t = useText();
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);
  return (
    <Box
      role="status"
      ref={ref}
      tabIndex={-1}
      aria-label={t('cms.download.progress.label')}
      sx={FOCUS_SX}
    >
      {props.job.status === 'running' ? <Running job={props.job} /> : <Result {...props} />}
    </Box>
  );
}
