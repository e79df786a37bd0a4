import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Strings only the simulated cloud contains. */
const MOCK_MARKERS = ['mockServiceWorker.js', 'Olivia Brandt', 'Northwind Controls'];

/** Secrets a build machine may hold in its environment; none may reach the bundle. */
const SECRETS = {
  LICENSING_API_TOKEN: 'sk_live_do-not-ship-4d1f9c',
  VITE_UNUSED_SIGNING_KEY: 'vite-prefixed-but-unused-7b2e',
};

async function buildApp(outDir: string, apiUrl: string | undefined) {
  const previous = process.env.VITE_API_URL;
  if (apiUrl) process.env.VITE_API_URL = apiUrl;
  else delete process.env.VITE_API_URL;
  Object.assign(process.env, SECRETS);
  try {
    await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = previous;
    delete process.env.LICENSING_API_TOKEN;
    delete process.env.VITE_UNUSED_SIGNING_KEY;
  }
  const assets = join(outDir, 'assets');
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((name) => ({ name, code: readFileSync(join(assets, name), 'utf8') }));
  /** What the browser loads before the first render: the entry script and its modulepreloads. */
  const initial = files.filter((f) => html.includes(`/assets/${f.name}`));
  return { files, initial, html };
}

const hasMock = (code: string) => MOCK_MARKERS.some((marker) => code.includes(marker));

describe('production bundles', () => {
  it('without an API URL: the simulated cloud is a lazily loaded chunk outside the initial bundle', async () => {
    const { files, initial } = await buildApp(join(ROOT, '.tmp', 'bundle-mock'), undefined);
    expect(initial.length).toBeGreaterThan(0);
    expect(initial.filter((f) => hasMock(f.code)).map((f) => f.name)).toEqual([]);
    const mockChunks = files.filter((f) => hasMock(f.code));
    expect(mockChunks.length).toBeGreaterThan(0);
    const entry = initial.map((f) => f.code).join('\n');
    for (const chunk of mockChunks) expect(entry).toContain(chunk.name);
    // The dev toolbar is there, in a chunk of its own.
    const toolbar = files.filter((f) => f.code.includes('Simulated cloud controls'));
    expect(toolbar.length).toBe(1);
    expect(initial.map((f) => f.name)).not.toContain(toolbar[0]?.name);
  }, 60_000);

  it('with an API URL: no mock code at all', async () => {
    const { files, html } = await buildApp(
      join(ROOT, '.tmp', 'bundle-api'),
      'https://licensing.example.com/api',
    );
    expect(
      files.filter((f) => hasMock(f.code) || f.code.includes('setupWorker')).map((f) => f.name),
    ).toEqual([]);
    // Nor the dev toolbar, whose controls only the simulated cloud answers.
    expect(
      files.filter((f) => f.code.includes('Simulated cloud controls')).map((f) => f.name),
    ).toEqual([]);
    expect(files.some((f) => f.code.includes('https://licensing.example.com/api'))).toBe(true);
    // The Content-Security-Policy lets the app reach that cloud, and nothing else outside.
    // (The attribute's quotes are HTML-escaped.)
    expect(html).toMatch(/connect-src (&#39;|')self(&#39;|') https:\/\/licensing\.example\.com;/);
    // No secret from the build machine's environment, and nothing that looks like a key.
    for (const { name, code } of [...files, { name: 'index.html', code: html }]) {
      for (const secret of Object.values(SECRETS)) expect(code, name).not.toContain(secret);
      expect(code, name).not.toMatch(
        /-----BEGIN [A-Z ]*PRIVATE KEY-----|AKIA[0-9A-Z]{16}|sk_live_/,
      );
    }
  }, 60_000);
});
