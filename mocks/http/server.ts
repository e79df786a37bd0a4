import { poolForecast } from '../cloud/fleet-forecast';
import { prepareFleetIndex } from '../cloud/fleet-query';
import { cloud, resetCloud } from '../cloud/instance';
import { API_BASE, createCloudServer } from './cloud-server';
import { closeAndSave, loadDataFile, saveAfterRequests } from './data-file';
import { LISTEN_HOST, serverOptions, type ServerOptions } from './options';
import { keepServingAfterErrors } from './process-guards';

/** `npm run mock-server`: the simulated licensing cloud on a loopback port. */
async function start({
  port,
  scenario,
  activationMsPerLicense,
  data,
  ...access
}: ServerOptions): Promise<void> {
  const dataFile = data ? await loadDataFile(data, scenario) : null;
  if (!dataFile) resetCloud(scenario);
  // The first table query of a large fleet then only filters a ready order (P10).
  prepareFleetIndex(cloud().state);
  poolForecast(cloud().state);
  // A reset through /api/dev/reset keeps this pace, as in the dev browser.
  cloud().state.settings.activationMsPerLicense = activationMsPerLicense;
  const server = createCloudServer(access);
  if (dataFile) saveAfterRequests(server, dataFile.saver);
  server.on('error', (error) => {
    console.error(`The simulated cloud could not start: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, LISTEN_HOST, () => {
    keepServingAfterErrors();
    const address = server.address();
    const base = `http://${LISTEN_HOST}:${typeof address === 'object' && address ? address.port : port}`;
    process.stdout.write(
      `Simulated licensing cloud on ${base}${API_BASE} (${dataFile?.summary ?? `scenario ${scenario}`})\n` +
        `Contract: ${base}${API_BASE}/openapi.json\n` +
        (access.devRoutes ? '' : `Simulation routes (${API_BASE}/dev/…) are off.\n`),
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (dataFile) {
        closeAndSave(server, dataFile.saver).then(
          () => process.exit(0),
          (error: unknown) => {
            console.error('The simulated cloud could not be written on the way out', error);
            process.exit(1);
          },
        );
        return;
      }
      server.closeAllConnections();
      server.close(() => process.exit(0));
    });
  }
}

Promise.resolve()
  .then(() => start(serverOptions(process.argv.slice(2), process.env)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
