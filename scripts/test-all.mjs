#!/usr/bin/env node
// `npm test`: the static checks, the shared builds, then every suite, each reported on one line at
// the end with its time and counts; a failing run ends with the failed tests and what to open.
// `node scripts/test-all.mjs unit` (npm run test:unit, …): the builds and the named suites only.
import { spawn } from 'node:child_process';
import { run, runSuite, SUITES } from './test-suites.mjs';

const named = process.argv.slice(2);
const unknown = named.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`Unknown suite: ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const suites = named.length > 0 ? named : Object.keys(SUITES);

const heading = (text) => console.log(`\n== ${text}`);

/** Runs commands side by side (each tool is single-threaded), printing each one's output whole. */
function parallel(commands) {
  return Promise.all(
    commands.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (code) => {
            console.log(`-- ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
            if (output.trim()) console.log(output.trimEnd());
            resolve({ label, code: code ?? 1 });
          });
        }),
    ),
  );
}

const rows = [];
const failures = [];

heading('Chromium');
const chromium = await run('bash', ['scripts/ensure-chromium.sh']);
if (chromium.code !== 0) process.exit(chromium.code);

heading('static checks: typecheck, lint, format');
const started = performance.now();
const checks = await parallel([
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['format', 'npm', ['run', '-s', 'format:check']],
]);
const failedChecks = checks.filter((c) => c.code !== 0).map((c) => c.label);
rows.push({
  suite: 'static checks',
  seconds: (performance.now() - started) / 1000,
  result: failedChecks.length ? `failed: ${failedChecks.join(', ')}` : 'typecheck, lint, format ok',
});
failures.push(
  ...failedChecks.map((label) => ({ suite: 'static checks', name: `npm run ${label}` })),
);

heading('builds shared by the suites (scripts/test-builds.mjs)');
const builds = await run('node', ['scripts/test-builds.mjs']);
rows.push({
  suite: 'builds',
  seconds: builds.seconds,
  result: builds.code ? 'failed' : 'demo, http, mock-server, storybook',
});
if (builds.code !== 0) failures.push({ suite: 'builds', name: 'node scripts/test-builds.mjs' });

let passed = 0;
let failed = failures.length;
for (const name of suites) {
  heading(`${name}: ${SUITES[name].title}`);
  const result = await runSuite(name);
  passed += result.passed;
  failed += result.failed;
  const skipped = result.skipped ? `, ${result.skipped} skipped` : '';
  rows.push({
    suite: name,
    seconds: result.seconds,
    result: `${result.passed} passed, ${result.failed} failed${skipped}`,
  });
  failures.push(...result.failures.map((failure) => ({ suite: name, ...failure })));
}

heading('summary');
for (const { suite, seconds, result } of rows)
  console.log(`${suite.padEnd(14)} ${`${seconds.toFixed(0)} s`.padStart(6)}   ${result}`);
const total = rows.reduce((sum, row) => sum + row.seconds, 0);
console.log(`${'total'.padEnd(14)} ${`${total.toFixed(0)} s`.padStart(6)}`);
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const failure of failures) {
    console.log(
      `- ${failure.suite}: ${failure.name}${failure.where ? `  (${failure.where})` : ''}`,
    );
    if (failure.why) console.log(failure.why.replace(/^/gm, '    | '));
    for (const artefact of failure.artefacts ?? []) console.log(`    ${artefact}`);
  }
  console.log(
    '\nOpen a Playwright trace with `npx playwright show-trace <trace.zip>`, or every failure with' +
      ' `npx playwright show-report .tmp/test-reports/e2e-html` (visual: …/visual-html, each with' +
      ' its diff image; `npm run test:visual:update` accepts a change on purpose).',
  );
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
