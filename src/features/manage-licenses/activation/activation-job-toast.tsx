import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivationJob } from '@/api/contract/activations';
import { jobProgress, jobSeverity } from '@/features/manage-licenses/dialog/download/download-rows';
import { useText } from '@/lib/i18n';

interface ActivationJobToastProps {
  job: ActivationJob;
  onShow: () => void;
  onDismiss: () => void;
}

/** The activation's progress or result at the bottom left, with Show (Details) and Dismiss. */
export function ActivationJobToast({ job, onShow, onDismiss }: ActivationJobToastProps) {
  const t = useText();
  const running = job.status === 'running';
  const { done, total, activated } = jobProgress(job);
  return (
    <Snackbar open anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
      <Alert
        severity={jobSeverity(job)}
        role="status"
        variant="outlined"
        sx={{ bgcolor: 'background.paper', minWidth: 320, boxShadow: 3 }}
        action={
          <Stack direction="row">
            <Button color="inherit" size="small" onClick={onShow}>
              {t(running ? 'dashboard.activation.show' : 'dashboard.activation.details')}
            </Button>
            {!running && (
              <Button color="inherit" size="small" onClick={onDismiss}>
                {t('dashboard.activation.dismiss')}
              </Button>
            )}
          </Stack>
        }
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {running
            ? t('dashboard.activation.running', { current: Math.min(done + 1, total), total })
            : t('dashboard.activation.finished', { activated, total })}
        </Typography>
        {running && (
          <LinearProgress
            variant="determinate"
            value={(done / Math.max(total, 1)) * 100}
            aria-label={t('dashboard.activation.progress')}
            sx={{ mt: 1 }}
          />
        )}
      </Alert>
    </Snackbar>
  );
}
