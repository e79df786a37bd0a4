import { createRoot, type Root } from 'react-dom/client';
import Alert from '@mui/material/Alert';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '@/lib/theme';
import { LanguageProvider, useText } from '@/lib/i18n';

let root: Root | null = null;

function StorageFull() {
  const t = useText();
  return (
    <Alert
      severity="warning"
      role="alert"
      sx={{ position: 'fixed', left: 16, bottom: 16, maxWidth: 480, zIndex: 'snackbar' }}
    >
      {t('simulation.storageFull')}
    </Alert>
  );
}

/** R24: the browser's storage is full, so the simulated cloud keeps its last saved state. */
export function showStorageWarning(full: boolean): void {
  if (!full) {
    root?.render(null);
    return;
  }
  if (!root) {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  }
  root.render(
    <LanguageProvider>
      <ThemeProvider theme={theme} defaultMode="system" noSsr>
        <StorageFull />
      </ThemeProvider>
    </LanguageProvider>,
  );
}
