import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '../repo-text-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Spelled in two pieces so this file does not trip its own check.
const BRITISH_LICENSE = new RegExp(`lic${'ence'}`, 'i');

describe('US spelling', () => {
  it('says "license" everywhere: code, UI text, tests and docs', () => {
    const offenders = repoTextFiles(ROOT).filter((path) =>
      BRITISH_LICENSE.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
