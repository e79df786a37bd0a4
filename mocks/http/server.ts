import { resetCloud } from '../cloud/instance';
import { API_BASE, createCloudServer } from './cloud-server';
import { LISTEN_HOST, serverOptions, type ServerOptions } from './options';
import { keepServingAfterErrors } from './process-guards';

/** `npm run mock-server`: the simulated licensing cloud on a loopback port. */
function start({ port, scenario, activationMsPerLicense, ...access }: ServerOptions): void {
  // A reset through /api/dev/reset keeps this pace, as in the dev browser.
  resetCloud(scenario).state.settings.activationMsPerLicense = activationMsPerLicense;
  const server = createCloudServer(access);
  server.on('error', (error) => {
    console.error(`The simulated cloud could not start: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, LISTEN_HOST, () => {
    keepServingAfterErrors();
    const address = server.address();
    const base = `http://${LISTEN_HOST}:${typeof address === 'object' && address ? address.port : port}`;
    process.stdout.write(
      `Simulated licensing cloud on ${base}${API_BASE} (scenario ${scenario})\n` +
        `Contract: ${base}${API_BASE}/openapi.json\n` +
        (access.devRoutes ? '' : `Simulation routes (${API_BASE}/dev/…) are off.\n`),
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    });
  }
}

try {
  start(serverOptions(process.argv.slice(2), process.env));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
