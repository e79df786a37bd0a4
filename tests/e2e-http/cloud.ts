import { expect, test as base, type APIRequestContext } from '@playwright/test';
import { CLOUD_API } from './cloud-address';

export { CLOUD_API };

/** Asks the simulated cloud over HTTP and checks it answered. */
export async function cloudJson(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  data?: unknown,
): Promise<unknown> {
  const response = await request.fetch(`${CLOUD_API}${path}`, { method, data });
  expect(response.ok(), `${method} ${path} answered ${response.status()}`).toBe(true);
  return response.json();
}

/**
 * One model serves every test of the project (it runs one test at a time): each test starts from
 * the typical site without faults, and fails on any Content-Security-Policy violation.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page, request }, use) => {
      await cloudJson(request, 'PUT', '/dev/faults', {
        latencyMs: 0,
        errorRate: 0,
        unreachable: false,
      });
      await cloudJson(request, 'PUT', '/dev/activation-pace', { activationMsPerLicense: 0 });
      await cloudJson(request, 'POST', '/dev/reset', { scenario: 'typical-site' });
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
