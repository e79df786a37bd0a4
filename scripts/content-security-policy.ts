import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** `'sha256-…'` for each classic inline script of the page: the only inline code allowed to run. */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code = '']) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`,
  );
}

/**
 * The production build's Content-Security-Policy, as a `<meta>` (a static SPA has no server to
 * send headers). It allows only what the app does: its own scripts and index.html's inline script
 * by its hash (the mode, language and page the first paint needs), styles (Emotion writes `<style>`
 * elements at run time, so inline styles are allowed), its own
 * service worker (the simulated cloud) and the cloud's API. The dev server is left alone: it
 * injects inline scripts for hot reload.
 */
export function contentSecurityPolicy(): Plugin {
  let connect = "'self'";
  return {
    name: 'content-security-policy',
    apply: 'build',
    configResolved(config) {
      const apiUrl = config.env.VITE_API_URL;
      if (apiUrl) connect += ` ${new URL(apiUrl).origin}`;
    },
    transformIndexHtml(html) {
      const policy = [
        "default-src 'self'",
        ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        `connect-src ${connect}`,
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ].join('; ');
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
