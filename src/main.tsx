import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { ShellSkeleton } from './app/shell-skeleton';
import { loadAreaWords } from './lib/i18n';

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  let root: Root | null = createRoot(container);
  const render = (ui: ReactNode) => {
    root ??= createRoot(container);
    root.render(<StrictMode>{ui}</StrictMode>);
  };
  // The shell paints before the simulated cloud is ready, not a blank page.
  render(<ShellSkeleton path={window.location.pathname} />);
  // Checked on the raw env variable so the bundler drops the mock cloud from builds that have an API URL.
  if (!import.meta.env.VITE_API_URL) {
    const [{ startMockCloud }, { askToStartAfresh }, { showStorageWarning }] = await Promise.all([
      import('../mocks/browser'),
      import('./features/simulated-cloud/start-afresh'),
      import('./features/simulated-cloud/storage-warning'),
      // Their notices speak the simulation's words, which arrive on demand (catalogs/english-areas.ts).
      loadAreaWords(),
    ]);
    await startMockCloud({
      // An unusable saved cloud is explained in place of the shell, in the same element.
      askToStartAfresh<Ready>(
        problem: { message: string; copy: string },
        startAfresh: () => Promise<Ready>,
      ) {
        root?.unmount();
        root = null;
        return askToStartAfresh(problem, startAfresh);
      },
      showStorageWarning,
    });
  }
  // A transition: the shell stays on screen while the app renders in slices that let the browser
  // paint and answer input between them (Lighthouse's total blocking time, P2).
  startTransition(() => render(<App />));
}

void start();
