import { http, HttpResponse, type HttpHandler } from 'msw';
import type {
  AnswerIn,
  BodyOut,
  ParamsOut,
  Parsed,
  QueryOut,
  Route,
  SessionApp,
} from '@/api/contract/route';
import { CloudError } from '../cloud/errors';
import type { CloudModel } from '../cloud/model';
import { cloudFor, setSessionCookie, clearSessionCookie } from './caller';
import { readBody, readParams } from './request';

export interface HandlerInput<R extends Route> {
  /** The cloud acting for the request's caller (its session checked when the route names one). */
  cloud: CloudModel;
  params: ParamsOut<R>;
  query: QueryOut<R>;
  body: BodyOut<R>;
  idempotencyKey: string | null;
  request: Request;
}

interface HandleOptions {
  /** A sign-in sets the app's session cookie from its answer; a sign-out clears it. */
  cookie?: { app: SessionApp; on: 'sign-in' | 'sign-out' };
  /** Runs after the session check and before parsing, for a refusal that comes first (a 413). */
  screen?: (request: Request) => Promise<void>;
}

/** `/cms/licenses/{id}` → `*\/api/cms/licenses/:id`, as MSW matches it. */
export function handlerPath(route: Route): string {
  return `*/api${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
}

/** `URLSearchParams` as a plain object, the first value of each name. */
function queryObject(url: string): Record<string, string> {
  const entries: Record<string, string> = {};
  new URL(url).searchParams.forEach((value, key) => {
    if (!(key in entries)) entries[key] = value;
  });
  return entries;
}

/** A route without a query takes none: an unknown parameter is malformed input, not ignored. */
function refuseUnknownQuery(route: Route, url: string): void {
  const [name] = new URL(url).searchParams.keys();
  if (!route.query && name !== undefined)
    throw new CloudError(400, 'validation_failed', 'This route takes no query parameters.', {
      fields: { [name]: 'Unknown query parameter.' },
    });
}

/** A part of the request parsed with the route's schema for it; undefined when it has none. */
function parsePart<R extends Route, Part extends 'params' | 'query'>(
  route: R,
  part: Part,
  input: unknown,
): Parsed<R[Part]>;
function parsePart(route: Route, part: 'params' | 'query', input: unknown): unknown {
  const schema = route[part];
  return schema ? readParams(input, schema) : undefined;
}

async function parseBody<R extends Route>(route: R, request: Request): Promise<Parsed<R['body']>>;
async function parseBody(route: Route, request: Request): Promise<unknown> {
  return route.body ? readBody(request, route.body) : undefined;
}

/** A command's file in chunks (a large CSV) goes out as they are made, never held whole. */
function streamOf(chunks: Iterable<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(String(next.value)));
    },
  });
}

function isChunks(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Symbol.iterator in value &&
    typeof value[Symbol.iterator] === 'function'
  );
}

function answer(route: Route, result: unknown): Response {
  const { response } = route;
  if ('csv' in response) {
    const headers = { 'Content-Type': 'text/csv; charset=utf-8' };
    if (isChunks(result)) return new HttpResponse(streamOf(result), { headers });
    return HttpResponse.text(String(result), { headers });
  }
  if (!('schema' in response)) return new HttpResponse(null, { status: response.status });
  return new HttpResponse(JSON.stringify(result), {
    status: response.status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/**
 * The one way to answer a route: a caller without the route's session gets its 401 before
 * anything of the request is read; then the path, query and body are parsed with the route's
 * schemas (400 `validation_failed`), the model runs, and its answer goes out with the route's
 * success status, or its CloudError with that error's status. The cloud's routes come from their
 * commands (commands.ts); the simulation's controls call `handle`, which types the answer.
 */
export function serveRoute(
  route: Route,
  run: (input: HandlerInput<Route>) => unknown,
  { cookie, screen }: HandleOptions = {},
): HttpHandler {
  return http[route.method](handlerPath(route), async ({ request, params, requestId }) => {
    try {
      const session = route.session;
      const app = session && !session.optional ? session.app : undefined;
      const cloud = cloudFor(request, requestId, app);
      refuseUnknownQuery(route, request.url);
      await screen?.(request);
      const input: HandlerInput<Route> = {
        cloud,
        params: parsePart(route, 'params', params),
        query: parsePart(route, 'query', queryObject(request.url)),
        body: await parseBody(route, request),
        idempotencyKey: request.headers.get('Idempotency-Key'),
        request,
      };
      const result: unknown = await run(input);
      const response = answer(route, result);
      if (cookie?.on === 'sign-in') setSessionCookie(response, cookie.app, result);
      if (cookie?.on === 'sign-out') clearSessionCookie(response, cookie.app);
      return response;
    } catch (error) {
      if (error instanceof CloudError)
        return HttpResponse.json(error.toBody(), { status: error.status });
      throw error;
    }
  });
}

/** A route answered by code of the simulation, not by a command: its answer typed by the route. */
export function handle<R extends Route>(
  route: R,
  run: (input: HandlerInput<R>) => AnswerIn<R> | Promise<AnswerIn<R>>,
  options: HandleOptions = {},
): HttpHandler {
  return serveRoute(route, (input) => run(input), options);
}
