import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '../repo-text-files';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * British forms and their US spelling. Each is written in two pieces so this file does not trip its
 * own check. `aria-labelledby` is the DOM's own spelling and is not on the list.
 */
const BRITISH = [
  ['lic' + 'ence', 'license'],
  ['organi' + 's', 'organiz'],
  ['behavi' + 'our', 'behavior'],
  ['col' + 'our', 'color'],
  ['catalog' + 'ue', 'catalog'],
  ['neutrali' + 's', 'neutraliz'],
  ['normali' + 's', 'normaliz'],
  ['seriali' + 's', 'serializ'],
  ['virtuali' + 's', 'virtualiz'],
  ['optimi' + 'se', 'optimize'],
] as const;

describe('US spelling', () => {
  it.each(BRITISH)('writes "%s…" as "%s…" everywhere: code, UI text, tests and docs', (british) => {
    const pattern = new RegExp(british, 'i');
    const offenders = repoTextFiles(ROOT).filter((path) =>
      pattern.test(readFileSync(join(ROOT, path), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
