import { connect, type Socket } from 'node:net';

/** An answer as it came over the wire, header names in lower case. */
export interface RawAnswer {
  status: number;
  headers: Map<string, string>;
  body: string;
}

export interface RawRequest {
  method: string;
  target: string;
  /** `Host`; null sends none. */
  host: string | null;
  headers?: Record<string, string>;
  /** Sent after the head; `Content-Length` is added unless `headers` gives a framing. */
  body?: string | Buffer;
}

/** The bytes of an HTTP/1.1 request head (and body, if any), exactly as given: no checks. */
export function requestBytes({ method, target, host, headers = {}, body }: RawRequest): Buffer {
  const framed = Object.keys(headers).some((name) =>
    ['content-length', 'transfer-encoding'].includes(name.toLowerCase()),
  );
  const lines = [
    `${method} ${target} HTTP/1.1`,
    ...(host === null ? [] : [`Host: ${host}`]),
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    ...(body !== undefined && !framed ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
  ];
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return body === undefined ? head : Buffer.concat([head, Buffer.from(body)]);
}

const HEAD_END = '\r\n\r\n';

/**
 * One client connection speaking raw HTTP/1.1, so a probe can send what no HTTP client would and
 * see whether the next request on the same connection still works. Answers are read by their
 * `Content-Length` (the simulated cloud always sends one); `100 Continue` is skipped.
 */
export class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiting: { resolve: (answer: RawAnswer) => void; reject: (error: Error) => void } | null =
    null;
  private error: Error | undefined;
  private ended = false;
  /** Settles when the connection is gone, with the error that ended it if any (ECONNRESET…). */
  readonly closed: Promise<Error | undefined>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.deliver();
    });
    socket.on('error', (error) => {
      this.error = error;
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', () => {
        this.ended = true;
        this.waiting?.reject(this.error ?? new Error('The server closed the connection.'));
        this.waiting = null;
        resolve(this.error);
      });
    });
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Writes bytes; what the server does with them shows in the next answer or in `closed`. */
  write(bytes: Buffer | string): void {
    if (!this.socket.destroyed) this.socket.write(bytes);
  }

  /** The next whole answer. */
  nextAnswer(): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.deliver();
      if (this.ended && this.waiting !== null) {
        this.waiting = null;
        reject(this.error ?? new Error('The server closed the connection.'));
      }
    });
  }

  send(request: RawRequest): Promise<RawAnswer> {
    this.write(requestBytes(request));
    return this.nextAnswer();
  }

  close(): void {
    this.socket.destroy();
  }

  private deliver(): void {
    if (this.waiting === null) return;
    const headEnd = this.buffer.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const [statusLine = '', ...headerLines] = this.buffer
      .subarray(0, headEnd)
      .toString('latin1')
      .split('\r\n');
    const headers = new Map(
      headerLines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    const status = Number(statusLine.split(' ')[1]);
    const length = Number(headers.get('content-length') ?? 0);
    const bodyStart = headEnd + HEAD_END.length;
    if (this.buffer.length < bodyStart + length) return;
    const body = this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8');
    this.buffer = this.buffer.subarray(bodyStart + length);
    if (status === 100) {
      this.deliver();
      return;
    }
    const { resolve } = this.waiting;
    this.waiting = null;
    resolve({ status, headers, body });
  }
}
