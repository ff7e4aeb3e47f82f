import { describe, expect, it } from 'vitest';
import { copyRng, createRng, nextUint32, nextUnit, reseedRng, type RngState } from '../../../src/sim/core/rng';

const take = (rng: RngState, n: number): number[] => Array.from({ length: n }, () => nextUint32(rng));

describe('xoshiro128** started from the state (1, 2, 3, 4)', () => {
  it('gives the reference outputs of the published algorithm', () => {
    expect(take({ a: 1, b: 2, c: 3, d: 4 }, 3)).toEqual([11520, 0, 5927040]);
  });
});

describe('a generator created from a fixed seed', () => {
  it('gives the same first numbers every time', () => {
    expect(take(createRng(42), 5)).toMatchInlineSnapshot(`
      [
        3594746716,
        3188063624,
        2401593052,
        3679046114,
        2476712543,
      ]
    `);
    expect(take(createRng(42), 5)).toEqual(take(createRng(42), 5));
  });

  it('gives unsigned 32-bit integers', () => {
    const outside = take(createRng(3), 10_000).filter((x) => !Number.isInteger(x) || x < 0 || x >= 2 ** 32);
    expect(outside).toEqual([]);
  });

  it('is a plain object that survives a JSON round trip and goes on identically', () => {
    const rng = createRng(11, 4);
    take(rng, 17);
    const restored = JSON.parse(JSON.stringify(rng)) as RngState;
    expect(take(restored, 5)).toEqual(take(rng, 5));
  });

  it('never starts in the all-zero state, whatever the seed and stream', () => {
    for (let seed = 0; seed < 200; seed++) {
      const s = createRng(seed, seed * 7);
      expect(s.a | s.b | s.c | s.d).not.toBe(0);
    }
  });
});

describe('different streams of one seed, and different seeds', () => {
  it('give different numbers', () => {
    const first = (seed: number, stream: number) => take(createRng(seed, stream), 4).join(',');
    const seen = new Set<string>();
    for (let stream = 0; stream < 1000; stream++) seen.add(first(42, stream));
    for (let seed = 0; seed < 1000; seed++) seen.add(first(seed, 0));
    // 1000 streams of seed 42 and seeds 0..999 of stream 0 share only (42, 0).
    expect(seen.size).toBe(1999);
  });

  it('treat the default stream as stream 0', () => {
    expect(take(createRng(9), 3)).toEqual(take(createRng(9, 0), 3));
  });
});

describe('nextUnit', () => {
  it('is strictly inside (0, 1) for every possible 32-bit output', () => {
    // It keeps the top 24 bits: u = (k + 0.5) / 2^24 with k an integer in [0, 2^24 - 1].
    const rng = createRng(5);
    let bad = 0;
    let lowest = 1;
    let highest = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = nextUnit(rng);
      const k = u * 16777216 - 0.5;
      if (!Number.isInteger(k) || k < 0 || k > 16777215 || !(u > 0 && u < 1)) bad++;
      lowest = Math.min(lowest, u);
      highest = Math.max(highest, u);
    }
    expect(bad).toBe(0);
    expect(lowest).toBeGreaterThan(0);
    expect(highest).toBeLessThan(1);
    // The extremes themselves.
    expect(0.5 / 16777216).toBeGreaterThan(0);
    expect((16777215 + 0.5) / 16777216).toBeLessThan(1);
  });

  it('is uniform: ten equal bins each get a tenth of 200,000 draws within 2 % (3 standard errors)', () => {
    const rng = createRng(123);
    const bins = new Array<number>(10).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const k = Math.floor(nextUnit(rng) * 10);
      bins[k] = (bins[k] as number) + 1;
    }
    for (const b of bins) expect(Math.abs(b / n - 0.1)).toBeLessThan(0.002);
  });

  it('advances the generator by exactly one step', () => {
    const rng = createRng(8);
    const twin = copyRng(rng);
    nextUnit(rng);
    nextUint32(twin);
    expect(rng).toEqual(twin);
  });
});

describe('copyRng', () => {
  it('gives an independent generator that continues with the same numbers', () => {
    const rng = createRng(77, 3);
    take(rng, 10);
    const copy = copyRng(rng);
    expect(copy).not.toBe(rng);
    const fromCopy = take(copy, 5);
    const fromOriginal = take(rng, 5);
    expect(fromCopy).toEqual(fromOriginal);
  });

  it('does not move the original when the copy is drawn from', () => {
    const rng = createRng(77, 3);
    const before = { ...rng };
    take(copyRng(rng), 100);
    expect(rng).toEqual(before);
  });
});

describe('reseedRng', () => {
  it('puts a used generator back into the initial state of (seed, stream), in the same object', () => {
    const rng = createRng(1, 1);
    take(rng, 50);
    const same = reseedRng(rng, 42, 7);
    expect(same).toBe(rng);
    expect(rng).toEqual(createRng(42, 7));
    expect(take(rng, 5)).toEqual(take(createRng(42, 7), 5));
  });
});
