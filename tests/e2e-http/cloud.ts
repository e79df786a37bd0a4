import { expect, test as base, type APIRequestContext } from '@playwright/test';
import { CLOUD_API } from './cloud-address';

export { CLOUD_API };

/** Asks the simulated cloud over HTTP and checks it answered. */
export async function cloudJson(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<unknown> {
  const response = await request.fetch(`${CLOUD_API}${path}`, { method, data });
  expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
  return response.json();
}

/**
 * R20: the server answers 401 to a client that never signed in. A sign-in through an API client
 * sets its HttpOnly cookie in that client; a browser context's own API client (`context.request`)
 * shares the context's cookies, so its pages are signed in too.
 */
export async function signIn(
  request: APIRequestContext,
  { cms = 'Owner', fleet = 'Administrator' }: { cms?: string; fleet?: string } = {},
): Promise<void> {
  await cloudJson(request, 'POST', '/session', { role: cms });
  await cloudJson(request, 'POST', '/fleet/session', { role: fleet });
}

/**
 * One model serves every test of the project (it runs one test at a time): each test starts from
 * the typical site without faults, with its browser context and its API client signed in as the
 * seed's first users (the CMS Owner, the fleet Administrator), and fails on any
 * Content-Security-Policy violation.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, page, request }, use) => {
      await cloudJson(request, 'PUT', '/dev/faults', {
        latencyMs: 0,
        errorRate: 0,
        unreachable: false,
      });
      await cloudJson(request, 'PUT', '/dev/activation-pace', { activationMsPerLicense: 0 });
      await cloudJson(request, 'POST', '/dev/reset', { scenario: 'typical-site' });
      await signIn(request);
      await signIn(context.request);
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
          );
        });
      });
      await use(violations);
      expect(violations).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
