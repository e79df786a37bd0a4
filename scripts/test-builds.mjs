#!/usr/bin/env node
// The builds the browser suites test, made once per change of the sources and shared by them:
// the bundle checks, the Playwright projects, the HTTP simulated cloud and the visual comparison's
// Storybook; and the designers' Storybook (npm run storybook), made only when named.
//   node scripts/test-builds.mjs              every test build that is missing or out of date
//   node scripts/test-builds.mjs demo http    only those
import { createHash } from 'node:crypto';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const settings = JSON.parse(readFileSync(join(ROOT, 'tests/test-builds.json'), 'utf8'));
const CLOUD_API = `http://127.0.0.1:${settings.cloudPort}/api`;

/**
 * Secrets a build machine may hold in its environment: every test build is made with them set,
 * and tests/build/bundle.test.ts checks that none reaches the bundle.
 */
const planted = settings.plantedSecrets;

/** What a Storybook is made from: the app's sources, the stories and their helpers. */
const storySource = (file) =>
  (SOURCES.test(file) || /^(\.storybook|tests)\//.test(file)) &&
  !/\.(test|spec)\.tsx?$|^tests\/visual\/baselines\//.test(file);

const BUILDS = {
  // The demo build (simulated cloud in the page), without the dev browser's artificial delays.
  demo: {
    outDir: '.tmp/test-builds/demo',
    env: {
      ...planted,
      VITE_API_URL: '',
      VITE_SIMULATED_LATENCY_MS: '0',
      VITE_SIMULATED_ACTIVATION_MS: '0',
    },
  },
  // A build for a real cloud: here the simulated cloud over HTTP.
  http: { outDir: '.tmp/test-builds/http', env: { ...planted, VITE_API_URL: CLOUD_API } },
  // The simulated cloud as a Node server (npm run mock-server builds the same).
  'mock-server': { configFile: 'vite.mock-server.config.ts', outDir: '.tmp/mock-server', env: {} },
  // Every story, for the visual comparison (tests/visual). `--test` leaves out the Docs pages and
  // the prop tables' docgen, which no screenshot shows: half the CPU time (13 s instead of 25 s).
  storybook: {
    outDir: '.tmp/test-builds/storybook',
    storybook: true,
    sources: (file) => storySource(file),
  },
  // The whole Storybook with its Docs pages, for designers: a built Storybook shows its first
  // story in about a second, where the dev server transforms some 450 modules on demand first.
  'storybook-review': {
    outDir: '.tmp/storybook-review',
    storybook: true,
    docs: true,
    onlyWhenNamed: true,
    sources: (file) => storySource(file),
  },
};

/** What an app bundle is made from; test and story files are not part of any bundle. */
const SOURCES =
  /^(src|mocks|public|scripts)\/|^(index\.html|vite\.config\.ts|vite\.mock-server\.config\.ts|package-lock\.json|tsconfig\.json)$/;
const NOT_BUNDLED = /\.(test|stories)\.tsx?$/;
const bundled = (file) => SOURCES.test(file) && !NOT_BUNDLED.test(file);

function sourceFiles() {
  try {
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return listed
      .split('\n')
      .filter((f) => f && existsSync(join(ROOT, f)))
      .sort();
  } catch {
    return null; // not a git checkout: build every time
  }
}

function fingerprint(name, files) {
  if (!files) return null;
  const hash = createHash('sha256').update(JSON.stringify([name, BUILDS[name]]));
  const sources = BUILDS[name].sources ?? bundled;
  for (const file of files.filter(sources))
    hash.update(file).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

function npx(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`npx ${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function make(name, files) {
  const { outDir, env, configFile = 'vite.config.ts', storybook, docs } = BUILDS[name];
  const stampFile = join(ROOT, outDir, '.sources');
  const stamp = fingerprint(name, files);
  if (stamp && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`build ${name}: up to date (${outDir})`);
    return;
  }
  const started = performance.now();
  await npx(
    storybook
      ? ['storybook', 'build', ...(docs ? [] : ['--test']), '--quiet', '--output-dir', outDir]
      : [
          'vite',
          'build',
          '--logLevel',
          'warn',
          '--config',
          configFile,
          '--outDir',
          outDir,
          '--emptyOutDir',
        ],
    env,
  );
  if (stamp) writeFileSync(stampFile, stamp);
  console.log(`build ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s (${outDir})`);
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in BUILDS));
if (unknown.length > 0) {
  console.error(`Unknown build: ${unknown.join(', ')}. Builds: ${Object.keys(BUILDS).join(', ')}`);
  process.exit(2);
}
const files = sourceFiles();
const everyTestBuild = Object.keys(BUILDS).filter((name) => !BUILDS[name].onlyWhenNamed);
for (const name of requested.length > 0 ? requested : everyTestBuild) await make(name, files);
