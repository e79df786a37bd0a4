import { createRoot, type Root } from 'react-dom/client';
import Alert from '@mui/material/Alert';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '@/lib/theme';

let root: Root | null = null;

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
    <ThemeProvider theme={theme} defaultMode="system" noSsr>
      <Alert
        severity="warning"
        role="alert"
        sx={{ position: 'fixed', left: 16, bottom: 16, maxWidth: 480, zIndex: 'snackbar' }}
      >
        This browser’s storage is full, so the simulated cloud cannot save: it keeps its last saved
        state, and changes since then last only while a tab of the console is open. Free some
        storage, or reset to a smaller scenario, to save again.
      </Alert>
    </ThemeProvider>,
  );
}
