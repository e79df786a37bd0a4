// @vitest-environment node
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { FILE_TOO_LARGE_MESSAGE, MAX_LICENSE_FILE_BYTES } from '@/api/contract/license-files';
import { currentScenario, networkFaults } from '../cloud/instance';
import { CloudModel } from '../cloud/model';
import { server as inProcessCloud } from '../node';
import type { CloudAccess } from './access';
import { createCloudServer } from './cloud-server';
import { RawConnection, requestBytes, type RawAnswer, type RawRequest } from './raw-http-client';
import { inspect } from '@tests/builders';

/**
 * Acceptance probes of issue 16 for `npm run mock-server`: what an attacker and a careless client
 * sent to the server, over raw sockets (and `fetch`, the client most callers use). After every probe the server still answers and the cloud
 * is what it was.
 */

const MiB = 1024 * 1024;
const refusalSchema = z.object({ code: z.string(), message: z.string() });

interface Running {
  server: Server;
  port: number;
}

function start(access?: Partial<CloudAccess>): Promise<Running> {
  const server = createCloudServer({
    allowHosts: [],
    allowOrigins: [],
    devRoutes: true,
    ...access,
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

function stop({ server }: Running): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let open: Running;
let devRoutesOff: Running;
let allowing: Running;

beforeAll(async () => {
  // The shared setup answers `fetch` in-process with the same handlers: these probes must reach
  // the server over the network instead.
  inProcessCloud.close();
  [open, devRoutesOff, allowing] = await Promise.all([
    start(),
    start({ devRoutes: false }),
    start({ allowHosts: ['qa-box.local'], allowOrigins: ['http://qa-box.local:4173'] }),
  ]);
});
afterAll(async () => {
  await Promise.all([open, devRoutesOff, allowing].map(stop));
  inProcessCloud.listen({ onUnhandledRequest: 'error' });
});

function hostOf({ port }: Running): string {
  return `127.0.0.1:${port}`;
}

/** One request on a connection of its own. */
async function ask(
  running: Running,
  request: Omit<RawRequest, 'host'> & { host?: string | null },
): Promise<RawAnswer> {
  const connection = await RawConnection.open(running.port);
  try {
    return await connection.send({ host: hostOf(running), ...request });
  } finally {
    connection.close();
  }
}

function expectRefusal(answer: RawAnswer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(refusalSchema.parse(JSON.parse(answer.body)).code).toBe(code);
  // Never an HTML page, a stack or a path of this machine.
  expect(answer.body).not.toMatch(/<html|\n\s+at |node_modules/i);
  expect(answer.body).not.toContain(process.cwd());
}

const json = { 'Content-Type': 'application/json' };

function cloudSnapshot(): string {
  return JSON.stringify({
    state: inspect(),
    faults: networkFaults(),
    scenario: currentScenario(),
  });
}

let before: string;
beforeEach(() => {
  before = cloudSnapshot();
});
afterEach(async () => {
  expect(cloudSnapshot()).toBe(before);
  const answer = await ask(open, { method: 'GET', target: '/api/session' });
  expect(answer.status).toBe(200);
});

describe('acceptance probes: the simulated cloud over HTTP never crashes and never leaks', () => {
  it('answers a request it cannot parse with 400 JSON', async () => {
    expectRefusal(await ask(open, { method: 'GET', target: '//[x' }), 400, 'bad_request_target');
    expectRefusal(
      await ask(open, { method: 'GET', target: '/api/session', host: '[' }),
      400,
      'bad_host',
    );
    expectRefusal(
      await ask(open, { method: 'GET', target: '/api/session', host: null }),
      400,
      'bad_host',
    );
    expectRefusal(
      await ask(open, { method: 'GET', target: '/api/%ff' }),
      400,
      'bad_request_target',
    );
    expectRefusal(
      await ask(open, { method: 'GET', target: 'http://127.0.0.1/api/session' }),
      400,
      'bad_request_target',
    );
    // What Node's HTTP parser refuses: an unknown method, a control character in the target,
    // a length that is not a number.
    expectRefusal(
      await ask(open, { method: 'BREW', target: '/api/session' }),
      400,
      'malformed_request',
    );
    expectRefusal(
      await ask(open, { method: 'GET', target: '/api/\u0001' }),
      400,
      'malformed_request',
    );
    expectRefusal(
      await ask(open, {
        method: 'POST',
        target: '/api/session',
        headers: { ...json, 'Content-Length': 'abc' },
      }),
      400,
      'malformed_request',
    );
    expectRefusal(
      await ask(open, {
        method: 'GET',
        target: '/api/session',
        headers: { 'X-Big': 'a'.repeat(MiB / 4) },
      }),
      431,
      'headers_too_large',
    );
  });

  it('answers an unknown route with 404 and an unknown method with 400 JSON (R17)', async () => {
    expectRefusal(await ask(open, { method: 'GET', target: '/api/nope' }), 404, 'not_found');
    expectRefusal(
      await ask(open, { method: 'DELETE', target: '/api/cms/licenses' }),
      404,
      'not_found',
    );
    const trace = await ask(open, { method: 'TRACE', target: '/api/session' });
    expectRefusal(trace, 400, 'unknown_method');
    expect(trace.headers.get('allow')).toContain('GET');
    expectRefusal(
      await ask(open, { method: 'CONNECT', target: '127.0.0.1:22' }),
      400,
      'unknown_method',
    );
  });

  it('answers an unexpected error with 500 JSON and an id, and logs the stack on its console only', async () => {
    // Every request acts through its own view of the model (`cloud().as(caller)`) and runs its
    // command with `run`, so the bug is planted where all of them find it.
    const failing = vi.spyOn(CloudModel.prototype, 'run').mockImplementation(() => {
      throw new Error('a bug in the model');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await ask(open, { method: 'GET', target: '/api/clock' });
    expectRefusal(answer, 500, 'internal_error');
    const { id } = z.object({ id: z.uuid() }).parse(JSON.parse(answer.body));
    expect(answer.body).not.toContain('a bug in the model');
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(id),
      expect.objectContaining({ message: 'a bug in the model' }),
    );
    failing.mockRestore();
    expect((await ask(open, { method: 'GET', target: '/api/clock' })).status).toBe(200);
  });
});

describe('acceptance probes: only the intended callers', () => {
  it('answers only for loopback names and --allow-host names (no DNS rebinding)', async () => {
    const session = { method: 'GET', target: '/api/session' };
    expectRefusal(
      await ask(open, { ...session, host: 'rebind.attacker.example' }),
      403,
      'unknown_host',
    );
    expectRefusal(
      await ask(open, { ...session, host: `rebind.attacker.example:${open.port}` }),
      403,
      'unknown_host',
    );
    expectRefusal(await ask(open, { ...session, host: 'qa-box.local' }), 403, 'unknown_host');
    for (const host of ['localhost', `LOCALHOST:${open.port}`, '[::1]:1', `127.0.0.1:${open.port}`])
      expect((await ask(open, { ...session, host })).status).toBe(200);
    expect((await ask(allowing, { ...session, host: 'qa-box.local:8787' })).status).toBe(200);
    expectRefusal(await ask(allowing, { ...session, host: 'other.local' }), 403, 'unknown_host');
  });

  it('takes only JSON bodies (415 otherwise), with any parameters', async () => {
    const reset = {
      method: 'POST',
      target: '/api/dev/reset',
      body: '{"scenario":"fresh-install"}',
    };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/jsonp'])
      expectRefusal(
        await ask(open, { ...reset, headers: { 'Content-Type': type } }),
        415,
        'unsupported_media_type',
      );
    expectRefusal(await ask(open, reset), 415, 'unsupported_media_type');
    // With its type right the same body reaches the handler, which finds the schema wrong.
    const typed = await ask(open, {
      ...reset,
      body: '{"scenario":1}',
      headers: { 'Content-Type': 'Application/JSON; charset=utf-8' },
    });
    expectRefusal(typed, 400, 'validation_failed');
  });

  it('refuses a write from a page of another origin before any handler runs', async () => {
    const reset = {
      method: 'POST',
      target: '/api/dev/reset',
      body: '{"scenario":"fresh-install"}',
    };
    for (const origin of [
      'https://attacker.example',
      'null',
      'http://127.0.0.1.attacker.example',
    ]) {
      // A "simple" request (a form, text/plain) needs no preflight: the server itself must refuse.
      expectRefusal(
        await ask(open, { ...reset, headers: { Origin: origin, 'Content-Type': 'text/plain' } }),
        403,
        'origin_not_allowed',
      );
      expectRefusal(
        await ask(open, { ...reset, headers: { Origin: origin, ...json } }),
        403,
        'origin_not_allowed',
      );
      expectRefusal(
        await ask(open, {
          method: 'OPTIONS',
          target: '/api/dev/reset',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        }),
        403,
        'origin_not_allowed',
      );
    }
    const read = await ask(open, {
      method: 'GET',
      target: '/api/session',
      headers: { Origin: 'https://attacker.example' },
    });
    expect(read.status).toBe(200);
    expect(read.headers.has('access-control-allow-origin')).toBe(false);
    // --allow-origin lets that page's write through to the handler.
    const allowed = await ask(allowing, {
      ...reset,
      body: '{"scenario":1}',
      headers: { Origin: 'http://qa-box.local:4173', ...json },
    });
    expectRefusal(allowed, 400, 'validation_failed');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://qa-box.local:4173');
  });

  it('answers CORS for loopback pages on preflights and real requests, with credentials', async () => {
    const origin = 'http://localhost:4173';
    const preflight = await ask(open, {
      method: 'OPTIONS',
      target: '/api/cms/activation-jobs',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'Content-Type, Idempotency-Key, Authorization',
    );
    for (const answer of [
      await ask(open, { method: 'GET', target: '/api/session', headers: { Origin: origin } }),
      // A refusal too, so the page can show its message.
      await ask(open, {
        method: 'POST',
        target: '/api/dev/reset',
        body: 'x',
        headers: { Origin: origin, 'Content-Type': 'text/plain' },
      }),
    ]) {
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
      expect(answer.headers.get('vary')).toBe('Origin');
    }
  });

  it('keeps the simulation routes off with --no-dev-routes (404 JSON)', async () => {
    const refused = [
      { method: 'GET', target: '/api/dev/simulation' },
      { method: 'GET', target: '/API/Dev/simulation' },
      { method: 'GET', target: '/x/api/dev/simulation' },
      {
        method: 'POST',
        target: '/api/dev/reset',
        body: '{"scenario":"fresh-install"}',
        headers: json,
      },
      { method: 'POST', target: '/api/clock/advance', body: '{"days":30}', headers: json },
    ];
    for (const request of refused)
      expectRefusal(await ask(devRoutesOff, request), 404, 'not_found');
    for (const target of ['/api/clock', '/api/session', '/api/openapi.json'])
      expect((await ask(devRoutesOff, { method: 'GET', target })).status).toBe(200);
    expect((await ask(open, { method: 'GET', target: '/api/dev/simulation' })).status).toBe(200);
  });
});

describe('acceptance probes: limits, and a connection that stays usable', () => {
  const activation = { method: 'POST', target: '/api/cms/activation-jobs' };

  it('refuses a 20 MB body with 413 before reading it, then closes the connection cleanly', async () => {
    const connection = await RawConnection.open(open.port);
    const size = 20_000_000;
    connection.write(
      requestBytes({
        ...activation,
        host: hostOf(open),
        headers: { ...json, 'Content-Length': String(size) },
      }),
    );
    // Answered before a byte of the body was sent.
    const answer = await connection.nextAnswer();
    expectRefusal(answer, 413, 'payload_too_large');
    expect(answer.headers.get('connection')).toBe('close');
    // The client sends its body all the same, as clients do; the server reads it away and closes
    // without a reset.
    connection.write(Buffer.alloc(size, '['));
    expect(await connection.closed).toBeUndefined();
  });

  it('lets a fetch client read the 413 for a 20 MB body and go on with its next request', async () => {
    const base = `http://${hostOf(open)}/api`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const refused = await fetch(`${base}/cms/activation-jobs`, {
        method: 'POST',
        headers: json,
        body: '['.repeat(20_000_000),
      });
      expect(refused.status).toBe(413);
      expect(refusalSchema.parse(await refused.json()).code).toBe('payload_too_large');
      expect((await fetch(`${base}/session`)).status).toBe(200);
    }
  });

  it('refuses a chunked body that grows over 1 MiB, and a body announced with 100-continue', async () => {
    const chunked = await RawConnection.open(open.port);
    chunked.write(
      requestBytes({
        ...activation,
        host: hostOf(open),
        headers: { ...json, 'Transfer-Encoding': 'chunked' },
      }),
    );
    const chunk = 'a'.repeat(256 * 1024);
    for (let sent = 0; sent <= 2 * MiB; sent += chunk.length)
      chunked.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    chunked.write('0\r\n\r\n');
    expectRefusal(await chunked.nextAnswer(), 413, 'payload_too_large');
    expect(await chunked.closed).toBeUndefined();

    // All of it in one write: the body has ended by the time the server refuses it.
    const whole = await RawConnection.open(open.port);
    const over = 'a'.repeat(MiB + 1);
    whole.write(
      Buffer.concat([
        requestBytes({
          ...activation,
          host: hostOf(open),
          headers: { ...json, 'Transfer-Encoding': 'chunked' },
        }),
        Buffer.from(`${over.length.toString(16)}\r\n${over}\r\n0\r\n\r\n`),
      ]),
    );
    expectRefusal(await whole.nextAnswer(), 413, 'payload_too_large');
    expect(await whole.closed).toBeUndefined();

    const waiting = await RawConnection.open(open.port);
    const answer = await waiting.send({
      ...activation,
      host: hostOf(open),
      headers: { ...json, 'Content-Length': String(2 * MiB), Expect: '100-continue' },
    });
    expectRefusal(answer, 413, 'payload_too_large');
    expect(await waiting.closed).toBeUndefined();
  });

  it('leaves a keep-alive connection usable after bodies to routes that read none', async () => {
    const connection = await RawConnection.open(open.port);
    const body = `[${'[],'.repeat(300_000)}[]]`;
    const host = hostOf(open);
    const sends: [RawRequest, number][] = [
      [{ method: 'POST', target: '/api/dev/reset', host, headers: json, body }, 400],
      [{ method: 'POST', target: '/api/nope', host, headers: json, body }, 404],
      [{ method: 'DELETE', target: '/api/cms/licenses', host, headers: json, body }, 404],
      [{ method: 'GET', target: '/api/session', host, headers: json, body }, 200],
      [{ method: 'GET', target: '/api/session', host }, 200],
    ];
    for (const [request, status] of sends) {
      const answer = await connection.send(request);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('connection')).toBe('keep-alive');
    }
    connection.close();

    // Over the limit the connection closes after the answer, cleanly; a new one works.
    const large = await RawConnection.open(open.port);
    const refused = await large.send({
      method: 'POST',
      target: '/api/dev/reset',
      host,
      headers: json,
      body: `[${'[],'.repeat(700_000)}[]]`,
    });
    expectRefusal(refused, 413, 'payload_too_large');
    expect(refused.headers.get('connection')).toBe('close');
    expect(await large.closed).toBeUndefined();
  });

  it('answers a malformed path with a 300 KiB body at once, and closes cleanly', async () => {
    const connection = await RawConnection.open(open.port);
    const answer = await connection.send({
      method: 'POST',
      target: '/api/%ff',
      host: hostOf(open),
      headers: json,
      body: 'a'.repeat(300 * 1024),
    });
    expectRefusal(answer, 400, 'bad_request_target');
    expect(await connection.closed).toBeUndefined();
  });

  it('lets a license file just over 1 MiB reach its own SS-51 answer', async () => {
    const connection = await RawConnection.open(open.port);
    for (const target of ['/api/cms/license-files/preview', '/api/cms/license-files/activate']) {
      const answer = await connection.send({
        method: 'POST',
        target,
        host: hostOf(open),
        headers: json,
        body: JSON.stringify({
          text: 'a'.repeat(MAX_LICENSE_FILE_BYTES + 1),
          segmentControllerId: null,
        }),
      });
      expectRefusal(answer, 413, 'file_too_large');
      expect(refusalSchema.parse(JSON.parse(answer.body)).message).toBe(FILE_TOO_LARGE_MESSAGE);
      expect(answer.headers.get('connection')).toBe('keep-alive');
    }
    connection.close();
  });
});
