import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin } from './access';
import { DEFAULT_PORT, serverOptions } from './options';

const LOOPBACK_ONLY = { allowHosts: [], allowOrigins: [], devRoutes: true };

describe('npm run mock-server', () => {
  it('takes --port, --scenario and --activation-ms over their variables, else the defaults', () => {
    expect(serverOptions([], {})).toEqual({
      port: DEFAULT_PORT,
      scenario: 'typical-site',
      activationMsPerLicense: 0,
      ...LOOPBACK_ONLY,
    });
    expect(
      serverOptions([], { PORT: '9000', SCENARIO: 'fresh-install', ACTIVATION_MS: '2500' }),
    ).toEqual({
      port: 9000,
      scenario: 'fresh-install',
      activationMsPerLicense: 2500,
      ...LOOPBACK_ONLY,
    });
    expect(
      serverOptions(['--port', '9001', '--scenario=large-fleet', '--activation-ms', '10'], {
        PORT: '9000',
        ACTIVATION_MS: '2500',
      }),
    ).toEqual({
      port: 9001,
      scenario: 'large-fleet',
      activationMsPerLicense: 10,
      ...LOOPBACK_ONLY,
    });
  });

  it('refuses an unknown scenario or a port out of range, naming what it takes', () => {
    expect(() => serverOptions(['--scenario', 'nope'], {})).toThrow(/typical-site, fresh-install/);
    expect(() => serverOptions(['--port', '70000'], {})).toThrow(/0 \(any free port\) to 65535/);
    expect(() => serverOptions(['--activation-ms=-1'], {})).toThrow(/0 to 600000 ms/);
  });

  it('takes repeated --allow-host and --allow-origin, and --[no-]dev-routes (the last one wins)', () => {
    expect(
      serverOptions(
        [
          '--allow-host',
          'qa-box.local',
          '--allow-host=QA-2.example',
          '--allow-origin',
          'http://qa-box.local:4173',
          '--allow-origin=HTTPS://Console.Example/',
          '--no-dev-routes',
        ],
        {},
      ),
    ).toMatchObject({
      allowHosts: ['qa-box.local', 'qa-2.example'],
      allowOrigins: ['http://qa-box.local:4173', 'https://console.example'],
      devRoutes: false,
    });
    expect(serverOptions(['--no-dev-routes', '--dev-routes'], {}).devRoutes).toBe(true);
  });

  it('refuses an --allow-host with a port or path and an --allow-origin that is not an origin', () => {
    expect(() => serverOptions(['--allow-host', 'qa-box.local:8787'], {})).toThrow(
      /host name without a port/,
    );
    expect(() => serverOptions(['--allow-host', 'qa-box.local/x'], {})).toThrow(/--allow-host/);
    expect(() => serverOptions(['--allow-host', '['], {})).toThrow(/--allow-host/);
    for (const origin of ['http://qa-box.local:4173/app', 'ftp://qa-box.local', 'qa-box.local'])
      expect(() => serverOptions(['--allow-origin', origin], {})).toThrow(
        /scheme, host and port only/,
      );
  });

  it('answers CORS only for loopback origins', () => {
    expect(isLoopbackOrigin('http://127.0.0.1:5173')).toBe(true);
    expect(isLoopbackOrigin('http://localhost:4173')).toBe(true);
    expect(isLoopbackOrigin('http://[::1]:4174')).toBe(true);
    expect(isLoopbackOrigin('https://license-console.example')).toBe(false);
    expect(isLoopbackOrigin('http://127.0.0.1.example')).toBe(false);
    expect(isLoopbackOrigin('null')).toBe(false);
  });
});
