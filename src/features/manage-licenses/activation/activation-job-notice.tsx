import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import {
  jobProgress,
  jobProgressText,
  jobSeverity,
} from '@/features/manage-licenses/dialog/download/download-rows';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { useActivationJobFollower } from './use-activation-job-follower';
import { useText } from '@/lib/i18n';

/**
 * A running or just-finished license activation, outside the Manage Licenses dialog (SS-33, R5).
 * It follows the job with the same hook as the Download view, so the license lists refresh once
 * when the job ends even while the dialog is closed. Hidden while the (modal) dialog is open.
 */
export function ActivationJobNotice() {
  const url = useManageLicensesUrl();
  const t = useText();
  const session = useQuery(sessionQueries.current());
  const follower = useActivationJobFollower({ enabled: session.data?.user.role === 'Owner' });
  const job = follower.current;
  if (!job || url.view !== null) return null;

  const running = job.status === 'running';
  const { done, total } = jobProgress(job);
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
      <Alert
        severity={jobSeverity(job)}
        role="status"
        variant="outlined"
        sx={{ bgcolor: 'background.paper', minWidth: 320, boxShadow: 3 }}
        action={
          <Stack direction="row">
            <Button color="inherit" size="small" onClick={() => url.open('download')}>
              {running ? 'Show' : 'Details'}
            </Button>
            {!running && (
              <Button color="inherit" size="small" onClick={() => follower.dismiss(job.id)}>
                Dismiss
              </Button>
            )}
          </Stack>
        }
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {running ? `License activation: ${jobProgressText(job, t)}` : jobProgressText(job, t)}
        </Typography>
        {running && (
          <LinearProgress
            variant="determinate"
            value={(done / Math.max(total, 1)) * 100}
            aria-label="License activation progress"
            sx={{ mt: 1 }}
          />
        )}
      </Alert>
    </Snackbar>
  );
}
