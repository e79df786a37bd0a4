import { afterEach, describe, expect, it } from 'vitest';
import { requireSignIn } from '../cloud/instance';
import { handlers } from '../handlers';
import { components } from './components';
import { OPENAPI_PATH, openApiDocument, type Operation } from './document';
import { mismatches, resolvePointer } from './json-schema-check';
import { inspect } from '@tests/builders';

const document = openApiDocument();
const API = 'http://cloud.test/api';

/** `*\/api/cms/licenses/:id` → `/cms/licenses/{id}`. */
function contractPath(handlerPath: string): string {
  if (!handlerPath.startsWith('*/api/')) throw new Error(`Unexpected handler path ${handlerPath}`);
  return handlerPath.slice('*/api'.length).replace(/:(\w+)/g, '{$1}');
}

/** Every route the MSW handlers answer (the fault handler's catch-all is no route). */
const handlerRoutes = handlers.flatMap(({ info }) =>
  typeof info.method === 'string' && typeof info.path === 'string'
    ? [`${info.method.toLowerCase()} ${contractPath(info.path)}`]
    : [],
);

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]: [string, Operation]) => ({
    key: `${method} ${path}`,
    path,
    method,
    operation,
  })),
);

function refsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [value] : refsIn(value),
  );
}

function responseSchema(key: string, status: number): unknown {
  const operation = operations.find((o) => o.key === key)?.operation;
  const response = operation?.responses[status];
  const resolved =
    response && '$ref' in response ? resolvePointer(document, response.$ref) : response;
  return resolvePointer(resolved, '#/content/application~1json/schema');
}

/** Calls a route (its path template filled in with `params`) and checks the answer's shape. */
async function expectDocumentedAnswer(
  key: string,
  init: RequestInit = {},
  params: Record<string, string> = {},
) {
  const [method = 'get', template = ''] = key.split(' ');
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  const response = await fetch(`${API}${path}`, { ...init, method: method.toUpperCase() });
  const schema = responseSchema(key, response.status);
  expect(schema, `${key} answered ${response.status}, which is not documented`).toBeDefined();
  expect(mismatches(document, schema, await response.json())).toEqual([]);
  return response.status;
}

/** Signing in, the contract, the calendar, the partners to sign in as, and the simulation. */
const OPEN = [
  `get ${OPENAPI_PATH}`,
  'post /session',
  'get /clock',
  'get /partner/partners',
  'post /partner/session',
  'post /customer/session',
  'post /fleet/session',
];
/** Who is signed in (nobody is an answer) and signing out: with a session or without. */
const SESSION_OPTIONAL = [
  'delete /session',
  'get /partner/session',
  'delete /partner/session',
  'get /customer/session',
  'delete /customer/session',
  'delete /fleet/session',
];
const isSimulation = (path: string) => path.startsWith('/dev/');
const appOf = (path: string) => /^\/(fleet|partner|customer)\//.exec(path)?.[1] ?? 'cms';

afterEach(() => requireSignIn(false));

describe('the OpenAPI document of the simulated cloud', () => {
  it('is an OpenAPI 3.1 document whose every $ref resolves', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).not.toBe('');
    const unresolved = refsIn(document).filter((ref) => !resolvePointer(document, ref));
    expect(unresolved).toEqual([]);
    const tagNames = document.tags.map((tag) => tag.name);
    for (const { key, path, operation } of operations) {
      expect(
        Object.keys(operation.responses).some((s) => /^2\d\d$/.test(s)),
        key,
      ).toBe(true);
      expect(tagNames, key).toEqual(expect.arrayContaining(operation.tags));
      const declared = (operation.parameters ?? []).flatMap((p) =>
        'in' in p && p.in === 'path' ? [p.name] : [],
      );
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(declared, key).toEqual(templated);
    }
  });

  it('R20 — declares a session on every operation except the open ones', () => {
    const schemes = document.components.securitySchemes;
    expect(Object.keys(schemes).toSorted()).toEqual(
      ['bearerToken', 'cmsSession', 'customerSession', 'fleetSession', 'partnerSession'].toSorted(),
    );
    expect(schemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.cmsSession).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'cms_session' });
    for (const { key, path, operation } of operations) {
      if (OPEN.includes(key) || isSimulation(path)) {
        expect(operation.security, key).toEqual([]);
        continue;
      }
      const alternatives = operation.security.map((requirement) => Object.keys(requirement));
      // The cookie of the operation's app, or the bearer token; `{}` (none) only where optional.
      expect(alternatives, key).toEqual([
        [`${appOf(path)}Session`],
        ['bearerToken'],
        ...(SESSION_OPTIONAL.includes(key) ? [[]] : []),
      ]);
      if (!SESSION_OPTIONAL.includes(key))
        expect(Object.keys(operation.responses), key).toContain('401');
    }
  });

  it('lists the simulation’s routes under their own tag, which says they need --dev-routes', () => {
    const simulation = document.tags.find((tag) => tag.name === 'Simulation controls');
    expect(simulation?.description).toMatch(/--dev-routes/);
    const devOperations = operations.filter(({ path }) => isSimulation(path));
    expect(devOperations.length).toBeGreaterThan(4);
    for (const { key, operation } of devOperations)
      expect(operation.tags, key).toEqual(['Simulation controls']);
  });

  it('R20 — answers 401 without a session wherever it declares one, before reading the request', async () => {
    requireSignIn(true);
    const protectedOperations = operations.filter(
      ({ operation }) =>
        operation.security.length > 0 &&
        !operation.security.some((r) => Object.keys(r).length === 0),
    );
    expect(protectedOperations.length).toBeGreaterThan(35);
    for (const { key, method } of protectedOperations) {
      const init = method === 'get' ? {} : { body: '{}' };
      const status = await expectDocumentedAnswer(key, init, {
        id: crypto.randomUUID(),
        serial: 'S-1',
        licenseId: crypto.randomUUID(),
      });
      expect(status, key).toBe(401);
    }
  });

  it('names each zod schema once', () => {
    expect(new Set(Object.values(components)).size).toBe(Object.keys(components).length);
  });

  it('describes every route of the handlers, and no route they do not answer', () => {
    const documented = operations.map((o) => o.key).filter((key) => key !== `get ${OPENAPI_PATH}`);
    expect(handlerRoutes.length).toBeGreaterThan(40);
    expect(documented.toSorted()).toEqual([...new Set(handlerRoutes)].toSorted());
  });

  it("describes the model's answers to every read without parameters", async () => {
    const reads = operations.filter(
      ({ method, path, operation }) =>
        method === 'get' &&
        path !== OPENAPI_PATH &&
        !path.includes('{') &&
        operation.responses[200] &&
        responseSchema(`get ${path}`, 200) !== undefined,
    );
    expect(reads.length).toBeGreaterThan(15);
    for (const { key } of reads) await expectDocumentedAnswer(key);
    // Signed in, the partner's and customer's reads answer their data rather than 401.
    await fetch(`${API}/partner/session`, {
      method: 'POST',
      body: JSON.stringify({ partnerId: inspect().partners[0]?.id }),
    });
    expect(await expectDocumentedAnswer('get /partner/inventory')).toBe(200);
    expect(await expectDocumentedAnswer('get /fleet/sensors/page')).toBe(200);
  });

  it('describes the answers to commands, and their refusals', async () => {
    const redeem = {
      body: JSON.stringify({ code: 'EF7Q-2K9M-XR4D-81NB' }),
      headers: { 'Idempotency-Key': 'openapi-test' },
    };
    expect(await expectDocumentedAnswer('post /fleet/activation-codes', redeem)).toBe(200);
    const malformed = { body: JSON.stringify({ role: 'Janitor' }) };
    expect(await expectDocumentedAnswer('post /session', malformed)).toBe(400);
    const id = inspect().segmentControllers[0]?.id ?? '';
    const save = { body: JSON.stringify({ customerId: 'not-a-uuid' }) };
    const key = 'put /cms/segment-controllers/{id}/customer-id';
    expect(await expectDocumentedAnswer(key, save, { id })).toBe(400);
  });
});
