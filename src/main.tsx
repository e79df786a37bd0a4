import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';

async function start() {
  // Checked on the raw env variable so the bundler drops the mock cloud from builds that have an API URL.
  if (!import.meta.env.VITE_API_URL) {
    const [{ startMockCloud }, { askToStartAfresh }, { showStorageWarning }] = await Promise.all([
      import('../mocks/browser'),
      import('./features/simulated-cloud/start-afresh'),
      import('./features/simulated-cloud/storage-warning'),
    ]);
    await startMockCloud({ askToStartAfresh, showStorageWarning });
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
