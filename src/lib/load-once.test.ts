import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('fetches once and hands every caller the same promise', async () => {
    let fetches = 0;
    const load = loadOnce(() => Promise.resolve((fetches += 1)));
    const first = load();
    expect(load()).toBe(first);
    await expect(first).resolves.toBe(1);
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch (offline), then keeps the answer', async () => {
    let fetches = 0;
    const load = loadOnce(() => {
      fetches += 1;
      return fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('words');
    });
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toBe('words');
    await expect(load()).resolves.toBe('words');
    expect(fetches).toBe(2);
  });
});
