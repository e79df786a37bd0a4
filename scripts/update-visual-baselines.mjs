#!/usr/bin/env node
// `npm run test:visual:update`: accepts how every story looks now, on purpose. Makes the Storybook
// if it is out of date, deletes tests/visual/baselines (so a renamed or removed story leaves no
// screenshot behind) and screenshots every story again. `git status` then shows what changed.
// `npm run test:visual:update -- --grep "License Manager"` remakes only those and deletes nothing.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run } from './test-suites.mjs';

for (const [command, args] of [
  ['bash', ['scripts/ensure-chromium.sh']],
  ['node', ['scripts/test-builds.mjs', 'storybook']],
]) {
  const { code } = await run(command, args);
  if (code !== 0) process.exit(code);
}
const only = process.argv.slice(2);
if (only.length === 0)
  rmSync(join(ROOT, 'tests/visual/baselines'), { recursive: true, force: true });
const { code } = await run('npx', [
  'playwright',
  'test',
  '--config',
  'playwright.visual.config.ts',
  '--update-snapshots=all',
  ...only,
]);
process.exit(code);
