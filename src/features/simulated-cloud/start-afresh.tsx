import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '@/lib/theme';
import { LanguageProvider, useText } from '@/lib/i18n';

/** Why the saved cloud cannot be used, and the saved copy to download. */
export interface UnusableCloud {
  message: string;
  copy: string;
}

interface SavedCloudUnusableProps {
  problem: UnusableCloud;
  onStartAfresh: () => Promise<void>;
}

/** R24: the saved cloud cannot be used; say why, keep a copy to download, offer a fresh start. */
function SavedCloudUnusable({ problem, onStartAfresh }: SavedCloudUnusableProps) {
  const [copyUrl] = useState(() =>
    URL.createObjectURL(new Blob([problem.copy], { type: 'application/json' })),
  );
  const t = useText();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const startAfresh = () => {
    setPending(true);
    setFailed(false);
    onStartAfresh().catch(() => {
      setPending(false);
      setFailed(true);
    });
  };
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 6 }}>
      <Alert severity="error">
        <AlertTitle component="h1">{t('simulation.unusable.title')}</AlertTitle>
        <Stack spacing={2}>
          <Typography variant="body2">{problem.message}</Typography>
          <Typography variant="body2">{t('simulation.unusable.text')}</Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
            <Button variant="outlined" href={copyUrl} download="simulated-cloud-unusable.json">
              {t('simulation.unusable.download')}
            </Button>
            <Button variant="contained" onClick={startAfresh} loading={pending}>
              {t('simulation.unusable.startAfresh')}
            </Button>
          </Stack>
          {failed && (
            <Typography variant="body2" role="alert">
              {t('simulation.unusable.failed')}
            </Typography>
          )}
        </Stack>
      </Alert>
    </Container>
  );
}

/**
 * Shows the problem in place of the app until the user starts afresh and `startAfresh` succeeds;
 * resolves with its answer. A failed attempt (it throws) leaves the problem shown for another try.
 */
export function askToStartAfresh<Ready>(
  problem: UnusableCloud,
  startAfresh: () => Promise<Ready>,
): Promise<Ready> {
  const container = document.getElementById('root') ?? document.body;
  const root = createRoot(container);
  return new Promise((resolve) => {
    const onStartAfresh = async () => {
      const ready = await startAfresh();
      root.unmount();
      resolve(ready);
    };
    root.render(
      <LanguageProvider>
        <ThemeProvider theme={theme} defaultMode="system" noSsr>
          <CssBaseline enableColorScheme />
          <SavedCloudUnusable problem={problem} onStartAfresh={onStartAfresh} />
        </ThemeProvider>
      </LanguageProvider>,
    );
  });
}
