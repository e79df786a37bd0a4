// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '@/api/contract';
import { TIMEOUTS } from '../../tests/timeouts';
import { handlers } from '../handlers';
import { handlerPath } from '../handlers/handle';
import { openApiDocument } from './document';

const document = openApiDocument();

const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

/** Every route the MSW handlers answer (the fault handler's catch-all is no route). */
const handled = handlers.flatMap(({ info }) =>
  typeof info.method === 'string' && typeof info.path === 'string' && info.method !== 'all'
    ? [`${info.method.toLowerCase()} ${String(info.path)}`]
    : [],
);

describe('the contract, its handlers and its OpenAPI document', () => {
  it('has one handler per route and one route per handler', () => {
    const routes = allRoutes.map((route) => `${route.method} ${handlerPath(route)}`);
    expect(new Set(routes).size).toBe(routes.length);
    expect(handled.toSorted()).toEqual(routes.toSorted());
  });

  it('names every operation once, in the document as in the contract', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.toSorted()).toEqual(allRoutes.map((route) => route.operationId).toSorted());
  });

  it('R20 — declares a session (cookie or bearer) and its 401 wherever the route needs one', () => {
    const schemes = document.components.securitySchemes;
    expect(schemes.bearerToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.cmsSession).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'cms_session' });
    for (const route of allRoutes) {
      const operation = document.paths[route.path]?.[route.method];
      const alternatives = operation?.security.map((requirement) => Object.keys(requirement));
      if (!route.session) expect(alternatives, route.operationId).toEqual([]);
      else
        expect(alternatives, route.operationId).toEqual([
          [`${route.session.app}Session`],
          ['bearerToken'],
          ...(route.session.optional ? [[]] : []),
        ]);
      const needsSession = route.session !== undefined && route.session.optional !== true;
      expect(Object.keys(operation?.responses ?? {}).includes('401'), route.operationId).toBe(
        needsSession,
      );
    }
  });

  it('lists the simulation’s routes under their own tag, which says they need --dev-routes', () => {
    const simulation = document.tags.find((tag) => tag.name === 'Simulation controls');
    expect(simulation?.description).toMatch(/--dev-routes/);
    const dev = operations.filter(({ path }) => path.startsWith('/dev/'));
    expect(dev.length).toBeGreaterThan(4);
    for (const { operation } of dev) expect(operation.tags).toEqual(['Simulation controls']);
  });

  it(
    'passes Redocly’s recommended lint with no error and no warning',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'openapi-'));
      const file = join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const lint = promisify(execFile)(
        'npx',
        ['redocly', 'lint', '--extends=recommended', '--format=summary', file],
        {
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        },
      );
      const { stdout, stderr } = await lint;
      // The summary lists one line per rule broken (`warning tag-description: 7`); none is expected.
      const output = `${stdout}${stderr}`;
      expect(output).toMatch(/Your API description is valid/);
      expect(output).not.toMatch(/^(error|warning) |You have \d+ warning/m);
    },
    TIMEOUTS.unitTest,
  );
});
