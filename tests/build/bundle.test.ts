import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOUD_API } from '../e2e-http/cloud-address';
import settings from '../test-builds.json' with { type: 'json' };
import { TIMEOUTS } from '../timeouts';

const ROOT = join(import.meta.dirname, '..', '..');
/** Strings only the simulated cloud contains. */
const MOCK_MARKERS = ['mockServiceWorker.js', 'Olivia Brandt', 'Northwind Controls'];

/**
 * The builds the end-to-end suites run, made once per change of the sources by
 * scripts/test-builds.mjs — with secrets a build machine may hold planted in the environment.
 */
function readBuild(name: 'demo' | 'http') {
  const outDir = join(ROOT, '.tmp', 'test-builds', name);
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
  /** What the browser loads before the first render: the entry script and its modulepreloads. */
  const initial = files.filter((f) => html.includes(`/assets/${f.name}`));
  return { files, initial, html };
}

beforeAll(() => {
  execFileSync('node', [join(ROOT, 'scripts', 'test-builds.mjs'), 'demo', 'http'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}, TIMEOUTS.e2eServerStart);

const hasMock = (code: string) => MOCK_MARKERS.some((marker) => code.includes(marker));

/** The Simulation panel's element id, a string only the dev toolbar's code contains. */
const DEV_TOOLBAR_MARK = 'dev-toolbar-panel';

describe('production bundles', () => {
  it('without an API URL: the simulated cloud is a lazily loaded chunk outside the initial bundle', () => {
    const { files, initial } = readBuild('demo');
    expect(initial.length).toBeGreaterThan(0);
    expect(initial.filter((f) => hasMock(f.code)).map((f) => f.name)).toEqual([]);
    const mockChunks = files.filter((f) => hasMock(f.code));
    expect(mockChunks.length).toBeGreaterThan(0);
    const entry = initial.map((f) => f.code).join('\n');
    // Loaded by the entry, or by the mock chunk the entry loads: the browser's one simulated cloud
    // runs in a SharedWorker of its own (and in the tab where there is none, R24).
    const loaders = mockChunks.filter((f) => entry.includes(f.name));
    expect(loaders.length).toBeGreaterThan(0);
    for (const chunk of mockChunks) {
      const loaded = [entry, ...loaders.map((f) => f.code)].some((code) =>
        code.includes(chunk.name),
      );
      expect(loaded, chunk.name).toBe(true);
    }
    // The dev toolbar is there, in a chunk of its own (found by its panel's id: its words live in
    // the message catalogs, which every build carries).
    const toolbar = files.filter((f) => f.code.includes(DEV_TOOLBAR_MARK));
    expect(toolbar.length).toBe(1);
    expect(initial.map((f) => f.name)).not.toContain(toolbar[0]?.name);
  });

  it.each(['demo', 'http'] as const)(
    '%s build: the other areas, the charts and what opens on a click are chunks of their own (P1)',
    (build) => {
      const { files, initial } = readBuild(build);
      const chunkOf = (name: string) => files.filter((f) => f.name.startsWith(`${name}-`));
      // Named after the module each chunk starts from: a rename shows here, not as a silent regression.
      for (const name of [
        'partner-portal-page',
        'customer-portal-page',
        'license-manager-page',
        'support-page',
        'planner-page',
        'ChartsWrapper',
        'area-identities',
        'language-settings-dialog',
        'identity-menu-list',
        'nav-drawer-panel',
        'segment-actions-menu',
        'session-expired-prompt',
        'activation-job-toast',
        'manage-licenses-frame',
        // MUI's Popper, which builds load when a tooltip opens (scripts/popper-on-first-open.ts).
        'Popper',
        'reimage-dialog',
        'clear-devices-dialog',
        'lookup-dialog',
      ]) {
        expect(chunkOf(name).length, name).toBeGreaterThan(0);
        for (const chunk of chunkOf(name)) expect(initial, name).not.toContain(chunk);
      }
    },
  );

  it('with an API URL: no mock code at all', () => {
    const { files, html } = readBuild('http');
    expect(
      files.filter((f) => hasMock(f.code) || f.code.includes('setupWorker')).map((f) => f.name),
    ).toEqual([]);
    // Nor the dev toolbar, whose controls only the simulated cloud answers.
    expect(files.filter((f) => f.code.includes(DEV_TOOLBAR_MARK)).map((f) => f.name)).toEqual([]);
    expect(files.some((f) => f.code.includes(CLOUD_API))).toBe(true);
    // The Content-Security-Policy lets the app reach that cloud, and nothing else outside.
    // (The attribute's quotes are HTML-escaped.)
    const origin = new URL(CLOUD_API).origin.replace(/[.:/]/g, '\\$&');
    expect(html).toMatch(new RegExp(`connect-src (&#39;|')self(&#39;|') ${origin};`));
  });

  it.each(['demo', 'http'] as const)(
    '%s build: no secret from the build machine, nothing that looks like a key',
    (build) => {
      const { files, html } = readBuild(build);
      for (const { name, code } of [...files, { name: 'index.html', code: html }]) {
        for (const secret of Object.values(settings.plantedSecrets))
          expect(code, name).not.toContain(secret);
        expect(code, name).not.toMatch(
          /-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|sk_live_/,
        );
      }
    },
  );
});
