import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin } from './cors';
import { DEFAULT_PORT, serverOptions } from './options';

describe('npm run mock-server', () => {
  it('takes --port, --scenario and --activation-ms over their variables, else the defaults', () => {
    expect(serverOptions([], {})).toEqual({
      port: DEFAULT_PORT,
      scenario: 'typical-site',
      activationMsPerLicense: 0,
    });
    expect(
      serverOptions([], { PORT: '9000', SCENARIO: 'fresh-install', ACTIVATION_MS: '2500' }),
    ).toEqual({ port: 9000, scenario: 'fresh-install', activationMsPerLicense: 2500 });
    expect(
      serverOptions(['--port', '9001', '--scenario=large-fleet', '--activation-ms', '10'], {
        PORT: '9000',
        ACTIVATION_MS: '2500',
      }),
    ).toEqual({ port: 9001, scenario: 'large-fleet', activationMsPerLicense: 10 });
  });

  it('refuses an unknown scenario or a port out of range, naming what it takes', () => {
    expect(() => serverOptions(['--scenario', 'nope'], {})).toThrow(/typical-site, fresh-install/);
    expect(() => serverOptions(['--port', '70000'], {})).toThrow(/0 \(any free port\) to 65535/);
    expect(() => serverOptions(['--activation-ms=-1'], {})).toThrow(/0 to 600000 ms/);
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
