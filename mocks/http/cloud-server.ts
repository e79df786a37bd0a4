import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createMockApp } from '@mswjs/http-middleware';
import { http, HttpResponse } from 'msw';
import { networkFaults } from '../cloud/instance';
import { handlers } from '../handlers';
import { OPENAPI_PATH, openApiDocument } from '../openapi/document';
import { answerCors } from './cors';

export const API_BASE = '/api';

/** An unknown route answers like the cloud's other errors, not with the middleware's own body. */
const notFound = http.all('*', ({ request }) =>
  HttpResponse.json(
    { code: 'not_found', message: `No route ${request.method} ${new URL(request.url).pathname}.` },
    { status: 404 },
  ),
);

/**
 * MSW's `Response.error()` (the "unreachable" fault) has no HTTP form: the middleware would try to
 * send status 0 and crash. Over real HTTP an unreachable cloud drops the connection instead.
 */
function cutsConnection(pathname: string): boolean {
  const isCloudApi =
    pathname.startsWith(`${API_BASE}/`) && !pathname.startsWith(`${API_BASE}/dev/`);
  return isCloudApi && networkFaults().unreachable;
}

/** The simulated cloud over HTTP (MC-5): the browser's MSW handlers and model, behind CORS. */
export function createCloudServer(): Server {
  // An express app; its types (@types/express) are not installed, so it is typed as what it is
  // used as here: a Node request listener.
  const mocks: RequestListener = createMockApp(...handlers, notFound);
  const contract = JSON.stringify(openApiDocument());
  return createServer((request, response) => {
    if (answerCors(request, response)) return;
    const { pathname } = new URL(request.url ?? '/', 'http://cloud.invalid');
    if (pathname === `${API_BASE}${OPENAPI_PATH}`) {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(contract);
    } else if (cutsConnection(pathname)) {
      setTimeout(() => request.socket.destroy(), networkFaults().latencyMs);
    } else {
      mocks(request, response);
    }
  });
}
