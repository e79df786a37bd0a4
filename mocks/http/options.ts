import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isScenarioName, scenarios, type ScenarioName } from '../scenarios';

export interface ServerOptions {
  port: number;
  scenario: ScenarioName;
  /** How long an activation job takes per licence (the dev browser's pace is 2,500 ms). */
  activationMsPerLicense: number;
  /** R23: `--data FILE` (or `DATA_FILE`) keeps the cloud in FILE across restarts; else memory. */
  data?: string;
}

export const DEFAULT_PORT = 8787;

const portSchema = z.coerce
  .number()
  .int()
  .min(0)
  .max(65_535, 'The port is a number from 0 (any free port) to 65535.');

const PACE_RANGE = 'The activation pace is 0 to 600000 ms per licence.';
const paceSchema = z.coerce.number().int(PACE_RANGE).min(0, PACE_RANGE).max(600_000, PACE_RANGE);

/**
 * `--port`/`PORT`, `--scenario`/`SCENARIO` and `--activation-ms`/`ACTIVATION_MS`; the flag wins
 * over the variable.
 */
export function serverOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      scenario: { type: 'string' },
      'activation-ms': { type: 'string' },
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
  return { port: port.data, scenario, activationMsPerLicense: pace.data, data };
}
