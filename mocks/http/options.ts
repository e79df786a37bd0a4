import { parseArgs } from 'node:util';
import { z } from 'zod/mini';
import { isScenarioName, scenarios, type ScenarioName } from '../scenarios';
import { hostnameOf, isLoopbackHostname, type CloudAccess } from './access';

export interface ServerOptions extends CloudAccess {
  port: number;
  scenario: ScenarioName;
  /** How long an activation job takes per license (the dev browser's pace is 2,500 ms). */
  activationMsPerLicense: number;
  /** R23: `--data FILE` (or `DATA_FILE`) keeps the cloud in FILE across restarts; else memory. */
  data?: string;
}

export const DEFAULT_PORT = 8787;

/** The server listens on loopback only; the simulation's routes are on by default there. */
export const LISTEN_HOST = '127.0.0.1';

const portSchema = z.coerce
  .number()
  .check(z.int(), z.gte(0), z.lte(65_535, 'The port is a number from 0 (any free port) to 65535.'));

const PACE_RANGE = 'The activation pace is 0 to 600000 ms per license.';
const paceSchema = z.coerce
  .number()
  .check(z.int(), z.gte(0, PACE_RANGE), z.lte(600_000, PACE_RANGE));

/** `--allow-host qa-box.local`: a name the `Host` header may carry, with any port. */
function allowedHost(name: string): string {
  const hostname = hostnameOf(name);
  if (hostname === null || new URL(`http://${name}`).port !== '') {
    throw new Error(
      `Invalid --allow-host ${name}: give a host name without a port, e.g. qa-box.local.`,
    );
  }
  return hostname;
}

/** `--allow-origin http://qa-box.local:4173`: the origin of a page that may call the cloud. */
function allowedOrigin(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  const isOrigin =
    url !== null &&
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '';
  if (!isOrigin) {
    throw new Error(
      `Invalid --allow-origin ${value}: give scheme, host and port only, e.g. http://qa-box.local:4173.`,
    );
  }
  return url.origin;
}

/**
 * `--port`/`PORT`, `--scenario`/`SCENARIO` and `--activation-ms`/`ACTIVATION_MS` (the flag wins
 * over the variable); `--allow-host`, `--allow-origin` (repeatable) and `--[no-]dev-routes`.
 */
export function serverOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: {
      port: { type: 'string' },
      scenario: { type: 'string' },
      'activation-ms': { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      'allow-origin': { type: 'string', multiple: true },
      'dev-routes': { type: 'boolean' },
      data: { type: 'string' },
    },
  });
  const port = portSchema.safeParse(values.port ?? env.PORT ?? DEFAULT_PORT);
  if (!port.success) throw new Error(`Invalid port: ${port.error.issues[0]?.message ?? ''}`);
  const scenario = values.scenario ?? env.SCENARIO ?? 'typical-site';
  if (!isScenarioName(scenario)) {
    throw new Error(
      `No scenario called ${scenario}. Choose one of: ${Object.keys(scenarios).join(', ')}.`,
    );
  }
  const pace = paceSchema.safeParse(values['activation-ms'] ?? env.ACTIVATION_MS ?? 0);
  if (!pace.success) {
    throw new Error(`Invalid activation pace: ${pace.error.issues[0]?.message ?? ''}`);
  }
  const data = values.data ?? env.DATA_FILE;
  if (data === '') throw new Error('--data needs a file name, such as --data cloud.json.');
  return {
    port: port.data,
    scenario,
    activationMsPerLicense: pace.data,
    data,
    allowHosts: (values['allow-host'] ?? []).map(allowedHost),
    allowOrigins: (values['allow-origin'] ?? []).map(allowedOrigin),
    devRoutes: values['dev-routes'] ?? isLoopbackHostname(LISTEN_HOST),
  };
}
