import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium, as the tests use it (tests/chromium.ts). */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find(existsSync) ?? '';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium() {
  if (!CHROMIUM) throw new Error('Chromium not found: run scripts/ensure-chromium.sh');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
}

/** The JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Resolves after the next paint: a frame callback runs before it, the task after it. */
export const AFTER_PAINT = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  );
