import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The JS and CSS a page loads before anything else: its entry, modulepreloads and stylesheets. */
async function initialAssets(outDir, html) {
  const text = await readFile(join(outDir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

/** P1: gzip (level 9) and brotli (quality 11) bytes of a page's first load. */
export async function firstLoadSize(outDir, html = 'index.html') {
  let gzip = 0;
  let brotli = 0;
  let raw = 0;
  const files = await initialAssets(outDir, html);
  for (const file of files) {
    const bytes = await readFile(join(outDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return { files: files.length, raw, gzip, brotli };
}
