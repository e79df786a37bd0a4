import './worker-local-storage';
import { startBrowserCloudHost } from './start-host';

/**
 * The SharedWorker every tab of the demo build connects to (R24): it holds the one simulated cloud,
 * so tabs never hold two copies that save over each other.
 */
const host = startBrowserCloudHost();

self.addEventListener('connect', (event) => {
  // A SharedWorker's connect event is a MessageEvent carrying the new tab's port.
  if (!(event instanceof MessageEvent)) return;
  const [port] = event.ports;
  if (port) void host.then((cloudHost) => cloudHost.connect(port));
});
