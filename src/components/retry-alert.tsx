import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { toUserMessage } from '@/api/errors';

interface RetryAlertProps {
  message: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** A warning that something could not be loaded, next to what still shows, with Retry. */
export function RetryAlert({ message, onRetry, retrying = false }: RetryAlertProps) {
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
          Retry
        </Button>
      }
    >
      {message}
    </Alert>
  );
}

interface StaleDataNoticeProps {
  /** What is on screen, e.g. "the licenses". */
  what: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** R2: a refresh failed, so what is shown is the last good answer, and says so. */
export function StaleDataNotice({ what, error, onRetry, retrying }: StaleDataNoticeProps) {
  return (
    <RetryAlert
      message={`Showing ${what} as last loaded. ${toUserMessage(error)}`}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
