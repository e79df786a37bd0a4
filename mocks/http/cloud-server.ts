import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { getResponse } from 'msw';
import { networkFaults } from '../cloud/instance';
import { handlers } from '../handlers';
import { OPENAPI_PATH, openApiDocument } from '../openapi/document';
import { LOOPBACK_ONLY, type CloudAccess } from './access';
import {
  API_BASE,
  bodyLimitFor,
  checkContentType,
  checkDevRoute,
  checkHost,
  checkMethod,
  notFound,
  parseTarget,
  tooLarge,
} from './admission';
import { readBody } from './body';
import {
  addCorsHeaders,
  isCrossOriginWrite,
  isPreflight,
  originVerdict,
  PREFLIGHT_HEADERS,
} from './cors';
import {
  announcesBody,
  answer,
  answerInternalError,
  refuse,
  type Exchange,
  type Refusal,
} from './exchange';
import { unparsableRequests } from './unparsable';

export { API_BASE };

/**
 * MSW's `Response.error()` (the "unreachable" fault) has no HTTP form: over real HTTP an
 * unreachable cloud drops the connection instead.
 */
function cutsConnection(pathname: string): boolean {
  const isCloudApi =
    pathname.startsWith(`${API_BASE}/`) && !pathname.startsWith(`${API_BASE}/dev/`);
  return isCloudApi && networkFaults().unreachable;
}

function isRefusal(value: URL | Refusal): value is Refusal {
  return !(value instanceof URL);
}

/** The handlers see a fetch Request, as in the browser; its body is what was read, if any. */
function fetchRequest(request: IncomingMessage, url: URL, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const one of Array.isArray(value) ? value : [value ?? '']) headers.append(name, one);
  }
  const method = request.method ?? 'GET';
  const canHaveBody = method !== 'GET' && method !== 'HEAD' && body.length > 0;
  return new Request(url, { method, headers, body: canHaveBody ? new Uint8Array(body) : null });
}

async function answerMocked(exchange: Exchange, mocked: Response): Promise<void> {
  // Node counts the length itself, of what is actually sent.
  const headers: OutgoingHttpHeaders = Object.fromEntries(
    [...mocked.headers].filter(([name]) => name !== 'content-length'),
  );
  const cookies = mocked.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const streamed = mocked.headers.get('content-type')?.startsWith('text/csv') ?? false;
  if (streamed && mocked.body && (exchange.bodyRead || !announcesBody(exchange.request)))
    return stream(exchange.response, mocked.status, headers, mocked.body);
  answer(exchange, mocked.status, Buffer.from(await mocked.arrayBuffer()), headers);
}

/**
 * A file made in chunks (the sensor CSV, P10) goes out as they are made, at the pace the client
 * reads: a million rows are never held whole. A client that leaves stops the making.
 */
async function stream(
  response: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  body: ReadableStream<Uint8Array>,
): Promise<void> {
  response.writeHead(status, headers);
  for await (const chunk of body) {
    if (response.destroyed) return;
    if (!response.write(chunk))
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done);
          response.off('close', done);
          resolve();
        };
        response.on('drain', done);
        response.on('close', done);
      });
  }
  response.end();
}

async function serve(exchange: Exchange, access: CloudAccess, contract: string): Promise<void> {
  const { request, response } = exchange;
  const method = request.method ?? '';
  const hostRefusal = checkHost(request.headers.host, access);
  if (hostRefusal) return refuse(exchange, hostRefusal);
  const verdict = originVerdict(request, access);
  addCorsHeaders(request, response, verdict);
  const methodRefusal = checkMethod(method);
  if (methodRefusal) return refuse(exchange, methodRefusal);
  const url = parseTarget(request.url ?? '', request.headers.host ?? '');
  if (isRefusal(url)) return refuse(exchange, url);
  if (isPreflight(request)) {
    if (verdict !== 'allowed') {
      return refuse(exchange, {
        status: 403,
        code: 'origin_not_allowed',
        message: 'Pages of this origin may not call the simulated cloud (see --allow-origin).',
      });
    }
    response.writeHead(204, PREFLIGHT_HEADERS).end();
    return;
  }
  if (isCrossOriginWrite(request, verdict)) {
    return refuse(exchange, {
      status: 403,
      code: 'origin_not_allowed',
      message: 'Pages of this origin may not change the simulated cloud (see --allow-origin).',
    });
  }
  const gate = checkDevRoute(url.pathname, method, access) ?? checkContentType(request);
  if (gate) return refuse(exchange, gate);
  if (cutsConnection(url.pathname)) {
    setTimeout(() => request.socket.destroy(), networkFaults().latencyMs);
    return;
  }
  const body = await readBody(exchange, bodyLimitFor(url.pathname));
  if (body.kind === 'gone') return;
  if (body.kind === 'too_large') return refuse(exchange, tooLarge(url.pathname));
  if (method === 'GET' && url.pathname === `${API_BASE}${OPENAPI_PATH}`) {
    return answer(exchange, 200, contract, { 'Content-Type': 'application/json' });
  }
  const mocked = await getResponse(handlers, fetchRequest(request, url, body.bytes));
  if (mocked === undefined) return refuse(exchange, notFound(method, url.pathname));
  if (mocked.type === 'error') {
    request.socket.destroy();
    return;
  }
  await answerMocked(exchange, mocked);
}

/**
 * The simulated cloud over HTTP (MC-5): the browser's MSW handlers and model, for loopback
 * callers and the hosts and origins `access` adds. No request ends the process or leaks its
 * internals: what cannot be parsed is 400, what fails unexpectedly is 500 with an id, both JSON.
 */
export function createCloudServer(access: CloudAccess = LOOPBACK_ONLY): Server {
  const contract = JSON.stringify(openApiDocument());
  const unparsable = unparsableRequests();
  const handle =
    (awaitsContinue: boolean) =>
    (request: IncomingMessage, response: ServerResponse): void => {
      unparsable.track(request.socket, response);
      const exchange: Exchange = { request, response, awaitsContinue, bodyRead: false };
      serve(exchange, access, contract).catch((error: unknown) =>
        answerInternalError(exchange, error),
      );
    };
  // A missing Host is answered in JSON below rather than by Node.
  const server = createServer({ requireHostHeader: false }, handle(false));
  server.on('checkContinue', handle(true));
  server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const exchange: Exchange = { request, response, awaitsContinue: true, bodyRead: false };
    refuse(exchange, {
      status: 417,
      code: 'expectation_failed',
      message: 'The only expectation this server meets is 100-continue.',
    });
  });
  server.on('clientError', unparsable.answerParseError);
  server.on('connect', (_request: IncomingMessage, socket) => unparsable.answerTunnel(socket));
  return server;
}
