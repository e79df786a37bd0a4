// Issue 19: how long a designer waits for the first story after Storybook's server says it is
// ready, and whether the browser console shows any error on the way.
//   node scripts/storybook-cold-start.mjs [port]         npm run storybook: the built Storybook
//   node scripts/storybook-cold-start.mjs [port] --dev   npm run storybook:dev (clear
//                                                         node_modules/.cache first for a cold Vite)
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';

const dev = process.argv.includes('--dev');
const port = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 6006);
const STORY = 'partner-portal--sign-in';
const READY = /Storybook .* started|Local:\s+http/;

function startStorybook() {
  const command = dev
    ? `npx storybook dev -p ${port} --no-open --ci`
    : 'node scripts/test-builds.mjs storybook-review && ' +
      `npx vite preview --outDir .tmp/storybook-review --port ${port} --strictPort`;
  const server = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const started = Date.now();
  const ready = new Promise((resolve, reject) => {
    const onData = (chunk) => {
      if (READY.test(String(chunk))) resolve(Date.now() - started);
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => reject(new Error(`storybook exited with ${code}`)));
  });
  return { server, ready };
}

const { server, ready } = startStorybook();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  const serverMs = await ready;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  const opened = Date.now();
  await page.goto(`http://localhost:${port}/?path=/story/${STORY}`);
  const story = page.frameLocator('#storybook-preview-iframe');
  await story
    .getByRole('button', { name: 'Sign in as Northwind Controls' })
    .waitFor({ timeout: 120_000 });
  const firstStoryMs = Date.now() - opened;
  console.log(
    JSON.stringify(
      { mode: dev ? 'dev' : 'built', serverReadyMs: serverMs, firstStoryMs, console: problems },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  process.kill(-server.pid);
}
