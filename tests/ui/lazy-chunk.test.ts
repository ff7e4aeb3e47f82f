import { describe, expect, it } from 'vitest';
import { chunk } from '../../src/ui/lazy/chunk';

describe('a lazily loaded chunk', () => {
  it('has nothing loaded before its first load, and the module after it', async () => {
    const part = chunk(async () => ({ name: 'editor' }));
    expect(part.loaded).toBeUndefined();
    const module = await part.load();
    expect(module).toEqual({ name: 'editor' });
    expect(part.loaded).toBe(module);
  });

  it('fetches once however many screens ask for it at the same time or later', async () => {
    let fetches = 0;
    const part = chunk(async () => ({ fetch: ++fetches }));
    const [a, b] = await Promise.all([part.load(), part.load()]);
    const c = await part.load();
    expect(fetches).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('forgets a failed fetch, so trying again fetches anew', async () => {
    let fetches = 0;
    const part = chunk(async () => {
      fetches++;
      if (fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { fetch: fetches };
    });
    await expect(part.load()).rejects.toThrow('Failed to fetch dynamically imported module');
    expect(part.loaded).toBeUndefined();
    await expect(part.load()).resolves.toEqual({ fetch: 2 });
    expect(part.loaded).toEqual({ fetch: 2 });
  });
});
