import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { build, preview } from 'vite';

/**
 * P2a: the build a real deployment gets (`VITE_API_URL`, no mock code) against the simulated
 * cloud over HTTP (`npm run mock-server`), both on free loopback ports, the CMS Owner signed in.
 */
export async function startHttpCloud(root, outDir) {
  await build({ root, configFile: `${root}vite.mock-server.config.ts`, logLevel: 'warn' });
  const server = spawn(
    process.execPath,
    [`${root}.tmp/mock-server/server.js`, '--port', '0', '--scenario', 'typical-site'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: server.stdout });
  let api = null;
  for await (const line of lines) {
    api = /on (http:\/\/\S+\/api)/.exec(line)?.[1] ?? null;
    if (api) break;
  }
  if (!api) throw new Error('the simulated cloud over HTTP did not start');
  const signIn = await fetch(`${api}/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role: 'Owner' }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (!signIn.ok || !cookie) throw new Error(`signing in on ${api}: ${signIn.status}`);

  process.env.VITE_API_URL = api;
  try {
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_API_URL;
  }
  const app = await preview({
    root,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
    logLevel: 'warn',
  });
  const url = app.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the build with VITE_API_URL is not served');
  return {
    url,
    // Lighthouse's own Chrome has no cookies: the session goes with every request instead.
    headers: { Cookie: cookie },
    async close() {
      await app.close();
      server.kill();
      await once(server, 'exit');
    },
  };
}
