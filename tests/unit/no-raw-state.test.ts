import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '../repo-text-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Test setup: every test and story, and the helpers under tests/. */
const TEST_SETUP = /(\.test\.tsx?|\.stories\.tsx)$|^tests\/.*\.tsx?$|^\.storybook\/.*\.tsx?$/;
/**
 * The builders are the one place that writes the state; the model's own tests (mocks/cloud) build
 * plain states for the functions they test.
 */
const ALLOWED = /^tests\/builders\/|^mocks\/cloud\/|^tests\/unit\/no-raw-state\.test\.ts$/;

/** `cloud().state`, `model.state`, `resetCloud().state`, `const { state } = cloud()`, `writableState`. */
const RAW_STATE = [
  /(\bcloud\(\)|\bresetCloud\([^)]*\)|\bmodel)\s*\.\s*state\b/,
  /\{[^{}]*\bstate\b[^{}]*\}\s*=\s*(cloud|resetCloud)\(/,
  /\bwritableState\b/,
];

describe('test setup', () => {
  it('never touches the raw state of the simulated cloud: commands, builders and inspect() do', () => {
    const offenders = repoTextFiles(ROOT)
      .filter((path) => TEST_SETUP.test(path) && !ALLOWED.test(path))
      .flatMap((path) =>
        readFileSync(join(ROOT, path), 'utf8')
          .split('\n')
          .flatMap((line, index) =>
            RAW_STATE.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}`] : [],
          ),
      );
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
    ];
    for (const line of caught)
      expect(
        RAW_STATE.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
    expect(RAW_STATE.some((pattern) => pattern.test("d.state === 'unlicensed'"))).toBe(false);
  });
});
