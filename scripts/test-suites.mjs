// The test suites of `npm test`, each one command, and how to read what each of them reported.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const REPORTS = join(ROOT, '.tmp', 'test-reports');

const vitest = (project, report) => [
  'npx',
  [
    'vitest',
    'run',
    ...project.flatMap((name) => ['--project', name]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ],
];

/**
 * Each suite: what it covers, its command, and where its machine-readable report goes. `read`
 * turns that report into counts and the failed tests (name, file, what to open).
 */
export const SUITES = {
  unit: {
    title: 'unit, component, API and build checks (Vitest, jsdom)',
    report: join(REPORTS, 'unit.json'),
    command: (report) => vitest(['unit', 'build'], report),
    // One jsdom per process is what makes these fast (vitest.config.ts): one process per CPU.
    shards: Math.max(1, availableParallelism()),
    projects: ['unit', 'build'],
    read: readVitest,
  },
  stories: {
    title: 'stories with play functions and axe (Vitest browser mode, Chromium)',
    report: join(REPORTS, 'stories.json'),
    command: (report) => vitest(['storybook'], report),
    // One page runs the stories one after another and keeps ~1.4 of 2 cores busy: a second
    // browser beside it took the suite from ~160 s to ~130 s here.
    shards: Math.max(1, availableParallelism()),
    projects: ['storybook'],
    read: readVitest,
  },
  e2e: {
    title: 'end-to-end journeys on production builds (Playwright, Chromium)',
    report: join(REPORTS, 'e2e.json'),
    // playwright.config.ts writes its JSON report to this path.
    command: () => ['npx', ['playwright', 'test']],
    read: readPlaywright,
  },
  visual: {
    title: 'every story at phone and desktop size against committed screenshots (Playwright)',
    report: join(REPORTS, 'visual.json'),
    // playwright.visual.config.ts writes its JSON report to this path.
    command: () => ['npx', ['playwright', 'test', '--config', 'playwright.visual.config.ts']],
    read: readPlaywright,
  },
};

/** Runs a command with the terminal as its output; resolves with its exit code and seconds taken. */
export function run(command, args, env = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('close', (code) =>
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** Runs a command with its output in a log file; resolves with its exit code. */
function runLogged(command, args, log, env = {}) {
  return new Promise((resolve) => {
    const out = createWriteStream(log);
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('close', (code) => out.end(() => resolve(code ?? 1)));
  });
}

function readReport(suite, reportPath) {
  return existsSync(reportPath)
    ? suite.read(JSON.parse(readFileSync(reportPath, 'utf8')))
    : { passed: 0, failed: 0, skipped: 0, failures: [] };
}

/**
 * How long a test file takes, guessed from its text: its `await`s, each a step that waits for the
 * page or the cloud to answer. Pure rules and model tests are long but quick; a view test of the
 * same size types, clicks and waits. By size, one unit shard took 161 s and the other 78 s.
 */
function expectedWork(file) {
  return (readFileSync(file, 'utf8').match(/\bawait\b/g) ?? []).length + 1;
}

/**
 * Splits a suite's test files into shards of about equal expected work, heaviest first (Vitest's
 * own --shard splits by count, and two of the heaviest files made one shard 1.5× longer).
 */
function balancedShards(suite, count) {
  const listed = JSON.parse(
    execFileSync(
      'npx',
      [
        'vitest',
        'list',
        '--filesOnly',
        '--json',
        ...suite.projects.flatMap((p) => ['--project', p]),
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  );
  const files = [...new Set(listed.map((entry) => entry.file))]
    .map((file) => ({ file: relative(ROOT, file), work: expectedWork(file) }))
    .sort((a, b) => b.work - a.work || a.file.localeCompare(b.file));
  const shards = Array.from({ length: count }, () => ({ files: [], work: 0 }));
  for (const { file, work } of files) {
    const lightest = shards.reduce((a, b) => (b.work < a.work ? b : a));
    lightest.files.push(file);
    lightest.work += work;
  }
  return shards.map((shard) => shard.files).filter((shard) => shard.length > 0);
}

/**
 * Runs one suite, in shards side by side where it has them (their output follows each one's end);
 * `extra` are arguments for its runner (a file, `-t name`, `--grep`).
 */
export async function runSuite(name, extra = [], reportPath = SUITES[name].report) {
  const suite = SUITES[name];
  const started = performance.now();
  mkdirSync(REPORTS, { recursive: true });
  // A run narrowed by arguments (one file, one test name) needs no shards.
  const files = extra.length === 0 && suite.shards > 1 ? balancedShards(suite, suite.shards) : [];
  const shards = Math.max(1, files.length);
  const parts = Array.from({ length: shards }, (_, i) =>
    shards === 1 ? reportPath : reportPath.replace(/\.json$/, `.shard-${i + 1}.json`),
  );
  for (const part of parts) rmSync(part, { force: true });
  let codes;
  if (shards === 1) {
    const [command, args] = suite.command(reportPath);
    const env = suite.read === readPlaywright ? { PLAYWRIGHT_JSON_OUTPUT_FILE: reportPath } : {};
    codes = [(await run(command, [...args, ...extra], env)).code];
  } else {
    console.log(`${shards} shards side by side; each one's output follows when it ends.`);
    codes = await Promise.all(
      parts.map(async (part, i) => {
        const [command, args] = suite.command(part);
        const log = part.replace(/\.json$/, '.log');
        // TEST_SHARD: each shard's browser tests get a dependency cache of their own (vitest.config.ts).
        const code = await runLogged(command, [...args, ...files[i]], log, {
          TEST_SHARD: String(i + 1),
        });
        console.log(`\n-- ${name} shard ${i + 1} of ${shards} (${relative(ROOT, log)}):`);
        console.log(readFileSync(log, 'utf8').trimEnd());
        return code;
      }),
    );
  }
  const result = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const part of parts) {
    const read = readReport(suite, part);
    result.passed += read.passed;
    result.failed += read.failed;
    result.skipped += read.skipped;
    result.failures.push(...read.failures);
  }
  const code = codes.find((c) => c !== 0) ?? 0;
  // A runner that failed without reporting a failed test (a crash, a config error) still failed.
  if (code !== 0 && result.failed === 0) {
    result.failures.push({
      name: `${name} runner exited with code ${code} (see its output above)`,
    });
    result.failed = 1;
  }
  return { ...result, code, seconds: (performance.now() - started) / 1000 };
}

/**
 * The start of a failure's message and where in our code it came from, without colors: CI keeps
 * only the end of the output, so the summary there says why a test failed, not only which one.
 */
function firstLines(message, count = 10) {
  if (!message) return undefined;
  // eslint-disable-next-line no-control-regex
  const lines = message.replace(/\u001b\[[0-9;]*m/g, '').split('\n');
  const isStack = (line) => /^\s+at /.test(line);
  const text = lines.filter((line) => line.trim() !== '' && !isStack(line)).slice(0, count);
  const ours = lines.find((line) => isStack(line) && !line.includes('node_modules'));
  return [...text, ...(ours ? [ours.trim()] : [])].join('\n');
}

function readVitest(report) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const path = relative(ROOT, file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const test of failed)
      failures.push({
        name: test.fullName,
        where: path,
        why: firstLines(test.failureMessages?.[0]),
      });
    // A file that failed to load has no failed test of its own.
    if (file.status === 'failed' && failed.length === 0)
      failures.push({
        name: `${path} could not run: ${(file.message ?? '').split('\n')[0]}`,
        where: path,
      });
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: Math.max(report.numFailedTests ?? 0, failures.length),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
  };
}

function readPlaywright(report) {
  const failures = [];
  const visit = (suite, titles) => {
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const last = test.results?.at(-1);
        // A failed screenshot comparison attaches `<name>-diff.png`: what changed, in red.
        const artefacts = (last?.attachments ?? [])
          .filter(
            (a) =>
              a.path && (['trace', 'screenshot'].includes(a.name) || a.name.endsWith('-diff.png')),
          )
          .map((a) => `${a.name}: ${relative(ROOT, a.path)}`);
        failures.push({
          name: `[${test.projectName}] ${[...titles.slice(1), spec.title].filter(Boolean).join(' › ')}`,
          where: `${spec.file}:${spec.line}`,
          why: firstLines(last?.error?.message),
          artefacts,
        });
      }
    }
  };
  for (const suite of report.suites ?? []) visit(suite, [suite.title]);
  for (const error of report.errors ?? [])
    failures.push({ name: `Playwright: ${(error.message ?? '').split('\n')[0]}` });
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: Math.max((stats.unexpected ?? 0) + (stats.flaky ?? 0), failures.length),
    skipped: stats.skipped ?? 0,
    failures,
  };
}
