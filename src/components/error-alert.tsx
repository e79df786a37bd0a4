import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { toUserMessage } from '@/api/errors';
import { useText } from '@/lib/i18n';

interface ErrorAlertProps {
  /** What failed: an error (shown as the server's message, `toUserMessage`) or words for the user. */
  error: unknown;
  /** What did not happen, e.g. "The licenses could not be loaded". */
  title?: ReactNode;
  /**
   * R2: the sentence that says what is still on screen from the last good answer, e.g. "Showing the
   * licenses as last loaded."; shown before the message, as a warning.
   */
  lastLoaded?: string;
  /** Said after the message: what it means here, what to do. */
  children?: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  onDismiss?: () => void;
  /** A warning when what failed leaves the screen usable (a conflict, an unknown outcome). */
  severity?: 'error' | 'warning';
  role?: 'alert' | 'status';
  sx?: SxProps<Theme>;
}

/** The one way to show a failure: title, the server's message, and Retry or Dismiss when offered. */
export function ErrorAlert({
  error,
  title,
  lastLoaded,
  children,
  onRetry,
  retrying = false,
  onDismiss,
  severity = lastLoaded ? 'warning' : 'error',
  role,
  sx,
}: ErrorAlertProps) {
  const t = useText();
  const message = typeof error === 'string' ? error : toUserMessage(error, t);
  return (
    <Alert
      severity={severity}
      role={role}
      sx={sx}
      onClose={onDismiss}
      closeText={t('common.dismiss')}
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
            {t('common.retry')}
          </Button>
        )
      }
    >
      {title && <AlertTitle>{title}</AlertTitle>}
      {lastLoaded && <>{lastLoaded} </>}
      {message}
      {children && <> {children}</>}
    </Alert>
  );
}
