import { resetCloud } from '../cloud/instance';
import { API_BASE, createCloudServer } from './cloud-server';
import { serverOptions, type ServerOptions } from './options';

/** `npm run mock-server`: the simulated licensing cloud on a loopback port. */
function start({ port, scenario, activationMsPerLicense }: ServerOptions): void {
  // A reset through /api/dev/reset keeps this pace, as in the dev browser.
  resetCloud(scenario).state.settings.activationMsPerLicense = activationMsPerLicense;
  const server = createCloudServer();
  server.on('error', (error) => {
    console.error(`The simulated cloud could not start: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
    process.stdout.write(
      `Simulated licensing cloud on ${base}${API_BASE} (scenario ${scenario})\n` +
        `Contract: ${base}${API_BASE}/openapi.json\n`,
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
