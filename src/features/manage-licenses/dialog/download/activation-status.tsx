import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivationItem } from '@/api/contract/activations';
import { useText, type MessageId } from '@/lib/i18n';

const LABEL: Record<ActivationItem['state'], MessageId> = {
  pending: 'cms.download.state.pending',
  activating: 'cms.download.state.activating',
  activated: 'cms.download.state.activated',
  failed: 'cms.download.state.failed',
};

function StateIcon({ state }: { state: ActivationItem['state'] }) {
  switch (state) {
    case 'pending':
      return <ScheduleOutlined fontSize="small" color="action" />;
    case 'activating':
      // The words say it; the spinner only shows that something moves.
      return <CircularProgress size={16} aria-hidden />;
    case 'activated':
      return <CheckCircle fontSize="small" color="success" />;
    case 'failed':
      return <ErrorOutlined fontSize="small" color="error" />;
  }
}

/** One license's place in an activation job (SS-33), and why the cloud refused it (SS-34, SS-35). */
export function ActivationStatus({ item }: { item: ActivationItem }) {
  const t = useText();
  return (
    <Stack spacing={0.25} sx={{ minWidth: 200, maxWidth: 320 }}>
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <StateIcon state={item.state} />
        <Typography
          component="span"
          variant="body2"
          sx={{ fontWeight: 500 }}
          color={item.state === 'failed' ? 'error' : undefined}
        >
          {t(LABEL[item.state])}
        </Typography>
      </Stack>
      {item.error && (
        <Typography component="span" variant="body2" color="text.secondary">
          {item.error.message}
        </Typography>
      )}
    </Stack>
  );
}
