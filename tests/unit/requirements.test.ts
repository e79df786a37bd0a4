import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoTextFiles } from '../repo-text-files';

/**
 * Every rule id the repository cites is defined in docs/requirements.md, once: a person who clones
 * the project can look up what `SS-13` or `R7` promises without the product's source documents.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCUMENT = 'docs/requirements.md';
const SCANNED_FOLDERS = ['src', 'mocks', 'tests', '.storybook', 'scripts'];

/** Spec ids: `SS-12`, `LM-5`, `PP-10`; not inside longer tokens such as `PO-4502` or `X-SS-1`. */
const SPEC_ID = String.raw`(?:SS|PP|CP|LM|MC|CS|AU|PL|UX)-\d+[a-z]?`;
/**
 * Quality ids: `R7`, `P2a`. One or two digits and a standalone token, so a customer name such as
 * `P2022-0208`, an install-code group (`P3WCE`) or `#R12` is never taken for one.
 */
const QUALITY_ID = String.raw`[RP]\d{1,2}[a-z]?`;
const STANDALONE = (id: string) => String.raw`(?<![\w#$./-])(?:${id})(?![\w-])`;
const CITATION = new RegExp(`${STANDALONE(SPEC_ID)}|${STANDALONE(QUALITY_ID)}`, 'g');

/** Ranges cite both ends and what lies between: `R1–R16`, `P3–P8`, `LM-1 … LM-9`, `SS-50…52`. */
const RANGE =
  /(?<![\w-])((?:SS|PP|CP|LM|MC|CS|AU|PL|UX)-|[RP])(\d{1,3})\s*(?:–|…|\.\.\.)\s*(?:\1)?(\d{1,3})(?![\w-])/g;

/** A definition is a list item that starts with the id in bold: `- **SS-12** — …`. */
const DEFINITION = /^- \*\*([A-Z]{1,2}-?\d+[a-z]?)\*\* —/gm;

/**
 * The folders above, README.md and the configuration files at the root (eslint.config.js, …), and
 * the document itself, whose entries refer to each other.
 */
function scannedFiles(): string[] {
  return repoTextFiles(ROOT).filter(
    (path) =>
      !path.includes('/') ||
      path === DOCUMENT ||
      SCANNED_FOLDERS.some((folder) => path.startsWith(`${folder}/`)),
  );
}

function citedIds(text: string): Set<string> {
  const ids = new Set(text.match(CITATION) ?? []);
  for (const [, prefix = '', first = '', last = ''] of text.matchAll(RANGE)) {
    const [from, to] = [Number(first), Number(last)];
    if (to <= from || to - from > 50) continue;
    for (let n = from; n <= to; n += 1) ids.add(`${prefix}${n}`);
  }
  return ids;
}

const documentText = readFileSync(join(ROOT, DOCUMENT), 'utf8');
const definitions = [...documentText.matchAll(DEFINITION)].map(([, id = '']) => id);

/** Each cited id with the files that cite it, read once for the tests below. */
const citations = new Map<string, string[]>();
for (const file of scannedFiles()) {
  for (const id of citedIds(readFileSync(join(ROOT, file), 'utf8'))) {
    citations.set(id, [...(citations.get(id) ?? []), file]);
  }
}

describe(DOCUMENT, () => {
  it('defines every rule id the code, tests, stories, scripts and README cite', () => {
    const defined = new Set(definitions);
    const undefinedIds = [...citations]
      .filter(([id]) => !defined.has(id))
      .map(([id, files]) => `${id} (cited in ${files.join(', ')})`)
      .sort();
    expect(undefinedIds).toEqual([]);
  });

  it('defines each id once', () => {
    const twice = definitions.filter((id, index) => definitions.indexOf(id) !== index);
    expect(twice).toEqual([]);
  });

  it('finds the citations it is meant to find', () => {
    expect(citedIds('SS-13, quality R7, P2a; (LM-5). R1–R3 and LM-1 … LM-3, SS-50…52')).toEqual(
      new Set([
        'SS-13',
        'R7',
        'P2a',
        'LM-5',
        'R1',
        'R2',
        'R3',
        'LM-1',
        'LM-2',
        'LM-3',
        'SS-50',
        'SS-51',
        'SS-52',
      ]),
    );
    expect(citedIds('P2022-0208, PO-4502, UTF-8, #R12, X-SS-1, 7KQ2M-P3WCE, sR1, R123')).toEqual(
      new Set(),
    );
    expect(citations.get('SS-13')?.length).toBeGreaterThan(0);
  });
});
