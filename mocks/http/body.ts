import { announcesBody, type Exchange } from './exchange';

export type BodyReading =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'too_large' }
  /** The client went away before it sent the whole body. */
  | { kind: 'gone' };

/**
 * Reads the whole body, up to `limitBytes`. A body that says it is larger is refused before any
 * of it is read (and before `100 Continue`); one that turns out larger stops being kept.
 */
export function readBody(exchange: Exchange, limitBytes: number): Promise<BodyReading> {
  const { request, response } = exchange;
  if (!announcesBody(request)) {
    exchange.bodyRead = true;
    return Promise.resolve({ kind: 'read', bytes: Buffer.alloc(0) });
  }
  if (Number(request.headers['content-length'] ?? 0) > limitBytes) {
    return Promise.resolve({ kind: 'too_large' });
  }
  if (exchange.awaitsContinue) {
    response.writeContinue();
    exchange.awaitsContinue = false;
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = (reading: BodyReading): void => {
      request.off('data', keep).off('end', finish).off('close', leave);
      resolve(reading);
    };
    const keep = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > limitBytes) stop({ kind: 'too_large' });
      else chunks.push(chunk);
    };
    const finish = (): void => {
      exchange.bodyRead = true;
      stop({ kind: 'read', bytes: Buffer.concat(chunks) });
    };
    const leave = (): void => stop({ kind: 'gone' });
    request.on('data', keep).once('end', finish).once('close', leave);
  });
}
