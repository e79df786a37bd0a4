import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '../repo-text-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Test setup: every test and story, and the helpers under tests/. */
const TEST_SETUP = /(\.test\.tsx?|\.stories\.tsx)$|^tests\/.*\.tsx?$|^\.storybook\/.*\.tsx?$/;
/** The builders are the one place that writes the state. */
const BUILDERS = /^tests\/builders\/|^tests\/unit\/no-raw-state\.test\.ts$/;
/**
 * The model's own tests (mocks/cloud) may build a model of their own on a plain state, with their
 * own clock, and look into it; the shared instance, `cloud()`, they too set up through builders.
 */
const MODEL_TESTS = /^mocks\/cloud\//;

/**
 * `cloud().state`, `resetCloud().state`, `const { state } = cloud()`, `writableState`, and a write
 * through any variable named `state` (`state.licenses = …`, `state.outbox.push(…)`).
 */
const SHARED_STATE = [
  /(\bcloud\(\)|\bresetCloud\([^)]*\))\s*\.\s*state\b/,
  /\{[^{}]*\bstate\b[^{}]*\}\s*=\s*(cloud|resetCloud)\(/,
  /\bwritableState\b/,
  /\bstate(\.\w+|\[[^\]]+\])+\s*(=[^=]|\+=|-=)/,
  /\bstate(\.\w+)+\.(push|splice|unshift|pop|shift|sort|reverse|fill)\(/,
];
/** Outside the model's tests, any `model.state` too (there `model` is `cloud()`). */
const RAW_STATE = [...SHARED_STATE, /\bmodel\s*\.\s*state\b/];

function offendingLines(path: string): string[] {
  const patterns = MODEL_TESTS.test(path) ? SHARED_STATE : RAW_STATE;
  return readFileSync(join(ROOT, path), 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      patterns.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}`] : [],
    );
}

describe('test setup', () => {
  it('never touches the raw state of the simulated cloud: commands, builders and inspect() do', () => {
    const offenders = repoTextFiles(ROOT)
      .filter((path) => TEST_SETUP.test(path) && !BUILDERS.test(path))
      .flatMap(offendingLines);
    expect(offenders).toEqual([]);
  });

  it('would catch each way of reaching the state', () => {
    const caught = [
      'cloud().state.licenses.push(license);',
      'const { licenses } = cloud().state;',
      'model.state.settings.activationMsPerLicense = 0;',
      "resetCloud('expiring-soon').state.outbox = [];",
      'const { state } = cloud();',
      "import { writableState } from '@tests/builders/cloud-state';",
      'state.settings.activationMsPerLicense = 60_000;',
      'state.fleet.sensors.push(sensor);',
    ];
    for (const line of caught)
      expect(
        RAW_STATE.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    for (const line of ["d.state === 'unlicensed'", 'expect(state.licenses).toEqual(before);'])
      expect(
        RAW_STATE.some((pattern) => pattern.test(line)),
        line,
      ).toBe(false);
  });
});
