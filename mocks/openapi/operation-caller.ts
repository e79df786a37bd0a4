import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import type { z } from 'zod/mini';
import { errorBodySchema } from '@/api/contract/common';
import type { Route } from '@/api/contract/route';
import { errorStatuses, openApiDocument } from './document';

const document = openApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: 'openapi.json' });

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  key?: string;
}

/** Sends one request below the API base (`/api`): the in-process handlers, or the cloud over HTTP. */
export type Send = (pathAndQuery: string, init: RequestInit) => Promise<Response>;

/** A refusal's `code` must be one its route declares for that status. */
function expectDeclaredCode(route: Route, status: number, json: unknown) {
  const { code } = errorBodySchema.parse(json);
  const declared = new Map<number, string[]>(errorStatuses(route)).get(status) ?? [];
  expect(declared, `${route.operationId} answered ${status} ${code}, undeclared`).toContain(code);
}

/**
 * Calls routes through `send` and checks each answer against the document: its status is declared
 * for the operation, its body matches that status's schema, and a refusal's code is declared.
 */
export function operationCaller(send: Send) {
  /** The statuses each operation answered, to check that every one was called with success. */
  const answered = new Map<string, Set<number>>();

  async function call(route: Route, { params = {}, query, body, key }: Call = {}) {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(params[name] ?? ''),
    );
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    const response = await send(`${path}${search}`, {
      method: route.method.toUpperCase(),
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const status = response.status;
    answered.set(route.operationId, (answered.get(route.operationId) ?? new Set()).add(status));
    const declared = document.paths[route.path]?.[route.method]?.responses[status];
    expect(
      declared,
      `${route.operationId} answered ${status}, which it does not declare`,
    ).toBeDefined();
    const text = await response.text();
    const type = response.headers.get('Content-Type') ?? '';
    const media = type.includes('csv') ? 'text/csv' : 'application/json';
    const json: unknown = text !== '' && media === 'application/json' ? JSON.parse(text) : text;
    if (text !== '') {
      const ref = `openapi.json#/${pointer('paths', route.path, route.method, 'responses', String(status), 'content', media, 'schema')}`;
      const validate = ajv.getSchema(ref);
      expect(validate, `${route.operationId} ${status} has no ${media} schema`).toBeDefined();
      const valid = validate?.(json);
      expect(valid ? [] : validate?.errors, `${route.operationId} ${status}`).toEqual([]);
    }
    if (status !== route.response.status) expectDeclaredCode(route, status, json);
    return { status, json };
  }

  async function read<T extends z.ZodMiniType>(route: Route, schema: T, input?: Call) {
    const { json } = await call(route, input);
    return schema.parse(json);
  }

  /** The operations never answered with their success, with what they answered instead. */
  function withoutSuccess(routes: readonly Route[]): string[] {
    return routes
      .filter((route) => !answered.get(route.operationId)?.has(route.response.status))
      .map(
        (route) =>
          `${route.operationId}: ${[...(answered.get(route.operationId) ?? [])].join(', ')}`,
      );
  }

  return { call, read, withoutSuccess };
}

export type OperationCaller = ReturnType<typeof operationCaller>;
