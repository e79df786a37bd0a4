import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.mjs';

/**
 * P2: Lighthouse 12's performance score and CLS for one URL, with the mobile or desktop preset;
 * `extraHeaders` go with every request (a session cookie).
 */
export async function lighthouseRun(url, preset, extraHeaders = undefined) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders,
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    };
  } finally {
    await chrome.kill();
  }
}
