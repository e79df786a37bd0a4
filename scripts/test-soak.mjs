#!/usr/bin/env node
// `npm run test:soak -- e2e stories --rounds 5`: runs suites again and again (no retries anywhere)
// and lists every test that failed at least once, with how often. A flaky test is a bug to find.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPORTS, run, runSuite, SUITES } from './test-suites.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' } },
});
const rounds = Number(values.rounds);
const suites = positionals.length > 0 ? positionals : ['e2e', 'stories'];
const unknown = suites.filter((name) => !(name in SUITES));
if (!Number.isInteger(rounds) || rounds < 1 || unknown.length > 0) {
  console.error(
    `Usage: npm run test:soak -- [${Object.keys(SUITES).join('|')} …] [--rounds N]` +
      (unknown.length ? `\nUnknown suite: ${unknown.join(', ')}` : ''),
  );
  process.exit(2);
}

const builds = await run('node', ['scripts/test-builds.mjs']);
if (builds.code !== 0) process.exit(builds.code);

const lines = [];
let flaky = 0;
for (const suite of suites) {
  /** test name → rounds it failed in, with what to open from the last failure. */
  const failed = new Map();
  let tests = 0;
  for (let round = 1; round <= rounds; round += 1) {
    console.log(`\n== soak ${suite}: round ${round} of ${rounds}`);
    const result = await runSuite(suite, [], join(REPORTS, `soak-${suite}-${round}.json`));
    tests = Math.max(tests, result.passed + result.failed);
    for (const failure of result.failures) {
      const seen = failed.get(failure.name) ?? { rounds: [], failure };
      seen.rounds.push(round);
      seen.failure = failure;
      failed.set(failure.name, seen);
    }
    lines.push(
      `${suite} round ${round}: ${result.passed} passed, ${result.failed} failed, ${result.seconds.toFixed(0)} s`,
    );
  }
  flaky += failed.size;
  lines.push(`${suite}: ${tests} tests × ${rounds} rounds, ${failed.size} failed at least once`);
  for (const [name, { rounds: inRounds, failure }] of failed) {
    lines.push(
      `  - ${name} (rounds ${inRounds.join(', ')})${failure.where ? `  ${failure.where}` : ''}`,
    );
    for (const artefact of failure.artefacts ?? []) lines.push(`      ${artefact}`);
  }
}

console.log('\n== soak summary');
for (const line of lines) console.log(line);
process.exit(flaky > 0 ? 1 : 0);
