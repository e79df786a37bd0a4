import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { loadAreaWords } from './lib/i18n';

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  // index.html's shell is on screen from the first paint, before any script, and stays while the
  // simulated cloud starts: React replaces it with the app.
  // Checked on the raw env variable so the bundler drops the mock cloud from builds that have an API URL.
  if (!import.meta.env.VITE_API_URL) {
    const [{ startMockCloud }, { askToStartAfresh }, { showStorageWarning }] = await Promise.all([
      import('../mocks/browser'),
      import('./features/simulated-cloud/start-afresh'),
      import('./features/simulated-cloud/storage-warning'),
      // Their notices speak the simulation's words, which arrive on demand (catalogs/english-areas.ts).
      loadAreaWords(),
    ]);
    // An unusable saved cloud is explained in place of the shell, in the same element.
    await startMockCloud({ askToStartAfresh, showStorageWarning });
  }
  const root = createRoot(container);
  // A transition: the shell stays on screen while the app renders in slices that let the browser
  // paint and answer input between them (Lighthouse's total blocking time, P2).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

void start();
