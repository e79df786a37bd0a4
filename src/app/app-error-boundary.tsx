import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useText } from '@/lib/i18n';

interface State {
  failed: boolean;
}

function PageFailed() {
  const t = useText();
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {t('shell.pageFailed.reload')}
        </Button>
      }
    >
      <AlertTitle>{t('shell.pageFailed.title')}</AlertTitle>
      {t('shell.pageFailed.text')}
    </Alert>
  );
}

/** R14: whatever goes wrong while rendering a page, the user gets a message and a way on, never a white screen. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
