import { existsSync } from 'node:fs';

/** Debian's Chromium: the only browser on these machines (no browser downloads here). */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];

export function chromiumExecutable(): string {
  const found = CANDIDATES.find(
    (path): path is string => Boolean(path) && existsSync(path as string),
  );
  if (!found) {
    throw new Error(
      "Chromium not found. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.",
    );
  }
  return found;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
