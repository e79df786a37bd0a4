import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { server } from '@mocks/node';
import { request, setDefaultRequestTimeout } from './client';
import { route } from './contract/route';
import { sessionRoutes } from './contract/session';
import { translatorFor } from '@/lib/i18n/translator';
import { ApiError, toUserMessage } from './errors';

const t = translatorFor('en');

const pingSchema = z.object({ ok: z.literal(true) });
const ping = route({
  operationId: 'ping',
  method: 'get',
  path: '/ping',
  summary: 'A route of this test only',
  tag: 'simulation',
  response: { status: 200, schema: pingSchema },
  errors: {},
});
const echo = route({
  operationId: 'echo',
  method: 'post',
  path: '/echo',
  summary: 'A route of this test only',
  tag: 'simulation',
  body: z.object({ note: z.string() }),
  response: { status: 200, schema: z.extend(pingSchema, { got: z.object({ note: z.string() }) }) },
  errors: {},
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`Expected an ApiError, got ${String(error)}`);
  return error;
}

describe('the API client', () => {
  it('returns the parsed body from the simulated cloud', async () => {
    await expect(request(sessionRoutes.get, {})).resolves.toMatchObject({
      user: { role: 'Owner' },
    });
  });

  it("turns the cloud's error body into an ApiError with status, code and message", async () => {
    server.use(
      http.get('*/api/ping', () =>
        HttpResponse.json(
          { code: 'customer_not_found', message: 'Customer ID not found.' },
          { status: 404 },
        ),
      ),
    );
    const error = await failure(request(ping, {}));
    expect([error.status, error.code, error.message]).toEqual([
      404,
      'customer_not_found',
      'Customer ID not found.',
    ]);
    expect(toUserMessage(error, t)).toBe('Customer ID not found.');
  });

  it('keeps the words of a deliberate 503 refusal, but frames a plain server fault', () => {
    const offline = new ApiError(503, {
      code: 'segment_offline',
      message: 'Parking Garage is offline.',
    });
    expect(toUserMessage(offline, t)).toBe('Parking Garage is offline.');
    const fault = new ApiError(500, { code: 'internal', message: 'Database unavailable' });
    expect(toUserMessage(fault, t)).toBe(
      'The licensing cloud had a problem (Database unavailable). Try again.',
    );
  });

  it('says the cloud cannot be reached when there is no response', async () => {
    server.use(http.get('*/api/ping', () => HttpResponse.error()));
    const error = await failure(request(ping, {}));
    expect(error.code).toBe('network_error');
    expect(toUserMessage(error, t)).toMatch(/cannot be reached/);
  });

  it('gives up after the timeout', async () => {
    server.use(http.get('*/api/ping', () => delay('infinite')));
    const error = await failure(request(ping, { timeoutMs: 50 }));
    expect(error.code).toBe('timeout');
  });

  it('takes its default timeout from the one setting Storybook changes, and sets none without one', async () => {
    const timeouts = vi.spyOn(AbortSignal, 'timeout');
    try {
      server.use(http.get('*/api/ping', () => delay('infinite')));
      setDefaultRequestTimeout(50);
      expect((await failure(request(ping, {}))).code).toBe('timeout');
      expect(timeouts).toHaveBeenLastCalledWith(50);

      timeouts.mockClear();
      server.use(http.get('*/api/ping', () => HttpResponse.json({ ok: true })));
      setDefaultRequestTimeout(null);
      await expect(request(ping, {})).resolves.toEqual({ ok: true });
      // No timer that could end the request: a loading story waits for as long as anyone looks.
      expect(timeouts).not.toHaveBeenCalled();
    } finally {
      setDefaultRequestTimeout();
      timeouts.mockRestore();
    }
  });

  it('contains a 200 with malformed JSON or the wrong shape', async () => {
    server.use(
      http.get(
        '*/api/ping',
        () => new HttpResponse('{"ok": tru', { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    expect((await failure(request(ping, {}))).code).toBe('malformed_response');
    server.use(http.get('*/api/ping', () => HttpResponse.json({ ok: 'yes' })));
    expect((await failure(request(ping, {}))).code).toBe('malformed_response');
  });

  it('passes a caller abort through unchanged', async () => {
    server.use(http.get('*/api/ping', () => delay('infinite')));
    const controller = new AbortController();
    const pending = request(ping, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sends JSON bodies', async () => {
    server.use(
      http.post('*/api/echo', async ({ request }) =>
        HttpResponse.json({ ok: true, got: await request.json() }),
      ),
    );
    const echoed = await request(echo, { body: { note: 'hi' } });
    expect(echoed.got.note).toBe('hi');
  });
});
