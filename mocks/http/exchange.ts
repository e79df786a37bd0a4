import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** One request and its answer, with what has been read of the body so far. */
export interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
  /** The client holds its body back until `100 Continue` (`Expect: 100-continue`), not yet sent. */
  awaitsContinue: boolean;
  /** The body has been read to its end (or there is none). */
  bodyRead: boolean;
}

/** A refusal of the cloud's shape: `{ code, message }` with its status. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: OutgoingHttpHeaders;
}

/** More than this is not read away after a refusal: the connection is cut instead. */
const DISCARD_LIMIT_BYTES = 32 * 1024 * 1024;

/** RFC 9112 §6.3: a request has a body when it says so with Transfer-Encoding or Content-Length. */
export function announcesBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || Number(length ?? 0) > 0;
}

/**
 * Answers with a whole payload. When the body was left unread the connection cannot carry another
 * request: the answer says `Connection: close`, and the rest of the body is read away before the
 * close, because closing while the client still sends resets the connection (TCP RST), which can
 * throw away this answer before the client reads it.
 */
export function answer(
  exchange: Exchange,
  status: number,
  payload: string | Buffer,
  headers: OutgoingHttpHeaders,
): void {
  const { request, response } = exchange;
  if (response.headersSent || response.destroyed) return;
  const unread = !exchange.bodyRead && announcesBody(request);
  response.writeHead(status, {
    ...headers,
    'Content-Length': Buffer.byteLength(payload),
    ...(unread ? { Connection: 'close' } : {}),
  });
  // Nothing more will come: the client waits for `100 Continue`, or has sent everything already.
  if (!unread || exchange.awaitsContinue || request.complete) {
    response.end(payload);
    return;
  }
  response.write(payload);
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) request.socket.destroy();
  });
  request.once('end', () => response.end());
  request.resume();
}

function answerJson(
  exchange: Exchange,
  status: number,
  body: object,
  headers: OutgoingHttpHeaders = {},
): void {
  answer(exchange, status, JSON.stringify(body), {
    ...headers,
    'Content-Type': 'application/json',
  });
}

export function refuse(exchange: Exchange, { status, code, message, headers }: Refusal): void {
  answerJson(exchange, status, { code, message }, headers);
}

/** An error nobody expected: the client gets an id, the console gets the stack. */
export function answerInternalError(exchange: Exchange, error: unknown): void {
  const id = randomUUID();
  console.error(`internal_error ${id} on ${exchange.request.method ?? ''}:`, error);
  if (exchange.response.headersSent) {
    exchange.request.socket.destroy();
    return;
  }
  answerJson(exchange, 500, {
    code: 'internal_error',
    message: `The simulated cloud failed on this request; its console shows what happened under id ${id}.`,
    id,
  });
}
