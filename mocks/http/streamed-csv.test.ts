// @vitest-environment node
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SENSOR_QUERY } from '@/api/contract/fleet';
import { CloudModel } from '../cloud/model';
import { server as inProcessCloud } from '../node';
import { createCloudServer } from './cloud-server';
import { inspect } from '@tests/builders';

let server: Server;
let base = '';

beforeAll(async () => {
  // The shared setup answers `fetch` in-process: this reaches the server over the network.
  inProcessCloud.close();
  server = createCloudServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  inProcessCloud.listen({ onUnhandledRequest: 'error' });
});

describe('the sensor CSV over HTTP (LM-9, P10)', () => {
  it('is streamed in chunks, and equal to the file made at once', async () => {
    const signIn = await fetch(`${base}/fleet/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'Administrator' }),
    });
    const cookie = signIn.headers.getSetCookie().join('; ');
    const answer = await fetch(`${base}/fleet/sensors/export?sort=sensor&direction=desc`, {
      headers: { cookie },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-length')).toBeNull();
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    const whole = new CloudModel(inspect()).exportSensorsCsv({
      ...DEFAULT_SENSOR_QUERY,
      sort: 'sensor',
      direction: 'desc',
    });
    expect(whole.split('\r\n').length).toBeGreaterThan(10);
    expect(await answer.text()).toBe(whole);
  });
});
