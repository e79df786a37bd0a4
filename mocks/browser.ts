import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { CLOUD_CHANGED_EVENT } from './shared-cloud/cloud-changed-event';
import { CloudConnection, type Hello } from './shared-cloud/cloud-connection';
import type { CloudEvent } from './shared-cloud/protocol';

/** Where each tab kept its own copy of the cloud before R24; migrated once, then removed. */
const LEGACY_KEY = 'license-console:simulated-cloud:v3';

function readLegacyCopy(): string | null {
  try {
    return window.localStorage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
}

/** A whole, non-negative number of milliseconds, or null. */
function msParam(value: string | null): number | null {
  const ms = Number(value ?? 'NaN');
  return Number.isInteger(ms) && ms >= 0 ? ms : null;
}

/**
 * `?scenario=NAME` starts that seed afresh (MC-3); `?latency=MS` overrides the simulated latency
 * (the benchmark measures the app, not a delay); `?activation-ms=MS` sets how long an activation
 * takes per license (a test holds a job running). Each is removed from the address once read, so a
 * reload continues where the cloud was.
 */
function takeAddressParams(): Omit<Hello, 'legacy'> {
  const url = new URL(window.location.href);
  const params = {
    scenario: url.searchParams.get('scenario'),
    latencyMs: msParam(url.searchParams.get('latency')),
    activationMsPerLicense: msParam(url.searchParams.get('activation-ms')),
  };
  for (const name of ['scenario', 'latency', 'activation-ms']) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', url);
  return params;
}

/**
 * R24: one cloud per browser. Every tab talks to the same SharedWorker, which holds the cloud and
 * is its only writer; where there is no SharedWorker (Chrome on Android) or it cannot start, the tab
 * holds a cloud of its own, as every tab did before.
 */
function sharedCloud(): CloudConnection | null {
  if (typeof SharedWorker !== 'function') return null;
  const worker = new SharedWorker(new URL('./shared-cloud/cloud-worker.ts', import.meta.url), {
    type: 'module',
    name: 'license-console simulated cloud',
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () =>
      reject(new Error('The simulated cloud’s SharedWorker did not start.')),
    );
  });
  failed.catch(() => undefined); // read by the connection's calls; unread when all went well
  return new CloudConnection(worker.port, failed);
}

async function cloudInThisTab(): Promise<CloudConnection> {
  const { startBrowserCloudHost } = await import('./shared-cloud/start-host');
  const host = await startBrowserCloudHost();
  const { port1, port2 } = new MessageChannel();
  host.connect(port2);
  return new CloudConnection(port1);
}

/** What the app shows for the simulated cloud (src/features/simulated-cloud): mocks hold no UI. */
export interface CloudScreens {
  /** R24: the browser's storage is full (or no longer is). */
  showStorageWarning(full: boolean): void;
  /** R24: the saved cloud cannot be used; resolves with `startAfresh`'s answer once it worked. */
  askToStartAfresh<Ready>(
    problem: { message: string; copy: string },
    startAfresh: () => Promise<Ready>,
  ): Promise<Ready>;
}

/** Starts the simulated cloud for this tab: connects to the browser's one cloud, then MSW. */
export async function startMockCloud(screens: CloudScreens): Promise<void> {
  const hello: Hello = { ...takeAddressParams(), legacy: readLegacyCopy() };
  let connection = sharedCloud() ?? (await cloudInThisTab());
  let status = await connection.hello(hello).catch(async (error: unknown) => {
    console.error(error);
    connection = await cloudInThisTab();
    return connection.hello(hello);
  });
  if (status.status === 'unusable') {
    const cloud = connection;
    status = await screens.askToStartAfresh(status, async () => {
      const fresh = await cloud.reset('typical-site');
      if (fresh.status !== 'ready') throw new Error(fresh.message);
      return fresh;
    });
  }
  // The cloud holds the old copy now (migrated), or had a newer one of its own.
  window.localStorage.removeItem(LEGACY_KEY);
  if (status.storageFull) screens.showStorageWarning(true);
  connection.onEvent((event: CloudEvent) => {
    if (event.type === 'changed') window.dispatchEvent(new Event(CLOUD_CHANGED_EVENT));
    else screens.showStorageWarning(event.full);
  });

  const cloud = connection;
  const worker = setupWorker(http.all('/api/*', ({ request }) => cloud.forward(request)));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
