import { STATUS_CODES, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** After an answer on a connection that cannot go on, how long a silent client may keep it. */
const LINGER_MS = 10_000;
const DISCARD_LIMIT_BYTES = 32 * 1024 * 1024;

function rawJson(status: number, code: string, message: string): string {
  const payload = JSON.stringify({ code, message });
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
    'Content-Type: application/json\r\n' +
    `Content-Length: ${Buffer.byteLength(payload)}\r\n` +
    'Connection: close\r\n\r\n' +
    payload
  );
}

function errorCode(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : '';
}

const PARSE_REFUSALS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout', 'The request did not arrive in time.'],
};
const NOT_HTTP: [number, string, string] = [
  400,
  'malformed_request',
  'The request is not valid HTTP/1.1 (request line, method, headers or body framing).',
];

/**
 * What Node's HTTP parser refuses never reaches a request handler: it is answered here, on the
 * socket, in JSON. The socket is half-closed and read away before it closes (see answerJson).
 */
export function unparsableRequests(): {
  answerParseError: (error: Error, socket: Duplex) => void;
  answerTunnel: (socket: Duplex) => void;
  track: (socket: Duplex, response: ServerResponse) => void;
} {
  const answered = new WeakSet<Duplex>();
  const inFlight = new WeakMap<Duplex, ServerResponse>();

  const answerRaw = (socket: Duplex, [status, code, message]: [number, string, string]): void => {
    if (answered.has(socket)) return;
    answered.add(socket);
    // An answer already on its way cannot be followed by another one on the same connection.
    if (!socket.writable || inFlight.get(socket)?.headersSent === true) {
      socket.destroy();
      return;
    }
    socket.end(rawJson(status, code, message));
    let discarded = 0;
    socket.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > DISCARD_LIMIT_BYTES) socket.destroy();
    });
    if (socket instanceof Socket) socket.setTimeout(LINGER_MS, () => socket.destroy());
  };

  return {
    answerParseError: (error, socket) => {
      const code = errorCode(error);
      if (code === 'ECONNRESET' || code === 'EPIPE') socket.destroy();
      else answerRaw(socket, PARSE_REFUSALS[code] ?? NOT_HTTP);
    },
    answerTunnel: (socket) =>
      answerRaw(socket, [400, 'unknown_method', 'The simulated cloud is not a proxy.']),
    track: (socket, response) => {
      inFlight.set(socket, response);
      response.once('close', () => {
        if (inFlight.get(socket) === response) inFlight.delete(socket);
      });
    },
  };
}
