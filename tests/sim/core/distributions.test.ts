import { describe, expect, it } from 'vitest';
import { mean, normalCdf, normalQuantile, quantile, sample } from '../../../src/sim/core/distributions';
import { copyRng, createRng, nextUint32, nextUnit } from '../../../src/sim/core/rng';
import type { Distribution } from '../../../src/sim/level/schema';

const N = 200_000;

function draws(dist: Distribution, n = N, seed = 2024): Float64Array {
  const rng = createRng(seed, 1);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sample(dist, rng);
  return out;
}

const average = (xs: Float64Array): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: Float64Array): number => {
  const s = Float64Array.from(xs).sort();
  return ((s[(s.length >> 1) - 1] as number) + (s[s.length >> 1] as number)) / 2;
};

/** One of every type, with parameters like the levels use. */
const EVERY_TYPE: Distribution[] = [
  { type: 'constant', value: 42 },
  { type: 'uniform', min: 3, max: 6 },
  { type: 'triangular', min: 2, mode: 4, max: 12 },
  { type: 'exponential', mean: 60 },
  // Truncation far away (6 sd): mean() ignores it, and so may the test.
  { type: 'normal', mean: 100, sd: 15, min: 10, max: 190 },
  // Truncation symmetric about the mean leaves the mean where it is.
  { type: 'normal', mean: 690, sd: 90, min: 480, max: 900 },
  { type: 'lognormal', median: 8, sigma: 0.3 },
  { type: 'lognormal', median: 30, sigma: 1 },
  { type: 'empirical', values: [5, 10, 20, 40, 40] },
];

describe.each(EVERY_TYPE.map((d) => [JSON.stringify(d), d] as const))('a %s distribution', (_name, dist) => {
  it('has a sample mean over 200,000 draws within 1 % of mean()', () => {
    expect(Math.abs(average(draws(dist)) / mean(dist) - 1)).toBeLessThan(0.01);
  });

  it('consumes exactly one uniform per draw: the generator advances by exactly one step', () => {
    const rng = createRng(99, 5);
    for (let i = 0; i < 1000; i++) {
      const expected = copyRng(rng);
      const u = nextUnit(copyRng(rng));
      nextUint32(expected);
      const x = sample(dist, rng);
      expect(rng).toEqual(expected);
      // …and the draw is the quantile of that one uniform.
      expect(x).toBe(quantile(dist, u));
    }
  });

  it('never draws a negative duration', () => {
    expect(Math.min(...draws(dist, 20_000))).toBeGreaterThanOrEqual(0);
  });
});

describe('a constant', () => {
  it('always gives its value', () => {
    expect(new Set(draws({ type: 'constant', value: 7.5 }, 1000))).toEqual(new Set([7.5]));
  });
});

describe('a uniform distribution', () => {
  it('stays inside [min, max] and maps u linearly', () => {
    const d: Distribution = { type: 'uniform', min: 3, max: 6 };
    const xs = draws(d, 50_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...xs)).toBeLessThanOrEqual(6);
    expect(quantile(d, 0.25)).toBe(3.75);
  });
});

describe('a truncated normal', () => {
  const cases: Distribution[] = [
    { type: 'normal', mean: 690, sd: 90, min: 480, max: 900 },
    { type: 'normal', mean: 10, sd: 50, min: 8, max: 12 },
    { type: 'normal', mean: 0, sd: 1, min: 2.5, max: 3 },
    { type: 'normal', mean: 5, sd: 20 },
  ];
  it.each(cases.map((d) => [JSON.stringify(d), d] as const))('%s never leaves [min, max] (min defaults to 0)', (_n, d) => {
    if (d.type !== 'normal') throw new Error('not a normal');
    const lo = d.min ?? 0;
    const hi = d.max ?? Infinity;
    const xs = draws(d, 50_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...xs)).toBeLessThanOrEqual(hi);
    for (const u of [1e-12, 1 / 16777216, 0.5, 1 - 1 / 16777216, 1 - 1e-12]) {
      const x = quantile(d, u);
      expect(x).toBeGreaterThanOrEqual(lo);
      expect(x).toBeLessThanOrEqual(hi);
    }
  });

  it('with sd 0 is its mean, clamped into [min, max]', () => {
    expect(quantile({ type: 'normal', mean: 50, sd: 0 }, 0.3)).toBe(50);
    expect(quantile({ type: 'normal', mean: 50, sd: 0, min: 60, max: 70 }, 0.3)).toBe(60);
  });

  it('has its median at the mean when truncated symmetrically', () => {
    expect(quantile({ type: 'normal', mean: 690, sd: 90, min: 480, max: 900 }, 0.5)).toBeCloseTo(690, 6);
  });
});

describe('a triangular distribution', () => {
  const d = { type: 'triangular', min: 2, mode: 4, max: 12 } as const;

  it('stays inside [min, max]', () => {
    const xs = draws(d, 50_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(12);
    expect(quantile(d, 1e-9)).toBeGreaterThanOrEqual(2);
    expect(quantile(d, 1 - 1e-9)).toBeLessThanOrEqual(12);
  });

  it('has the mode as its quantile at u = (mode - min) / (max - min)', () => {
    expect(quantile(d, (4 - 2) / (12 - 2))).toBeCloseTo(4, 12);
    expect(quantile({ type: 'triangular', min: 0, mode: 3, max: 10 }, 0.3)).toBeCloseTo(3, 12);
  });

  it('puts that share of the draws below the mode', () => {
    const xs = draws(d);
    expect(xs.filter((x) => x < 4).length / N).toBeCloseTo(0.2, 2);
  });

  it('handles a mode at either end and a zero-width range', () => {
    expect(quantile({ type: 'triangular', min: 0, mode: 0, max: 10 }, 0.75)).toBeCloseTo(5, 12);
    expect(quantile({ type: 'triangular', min: 0, mode: 10, max: 10 }, 0.25)).toBeCloseTo(5, 12);
    expect(quantile({ type: 'triangular', min: 7, mode: 7, max: 7 }, 0.4)).toBe(7);
  });
});

describe('a lognormal distribution', () => {
  it('has its median at `median`: exactly at u = 0.5, and within 1 % over 200,000 draws', () => {
    const d = { type: 'lognormal', median: 8, sigma: 0.3 } as const;
    expect(quantile(d, 0.5)).toBe(8);
    expect(Math.abs(median(draws(d)) / 8 - 1)).toBeLessThan(0.01);
  });

  it('never goes above its max', () => {
    const d = { type: 'lognormal', median: 8, sigma: 1, max: 20 } as const;
    expect(Math.max(...draws(d, 50_000))).toBe(20);
  });
});

describe('an exponential distribution', () => {
  it('has its median at mean × ln 2', () => {
    expect(quantile({ type: 'exponential', mean: 60 }, 0.5)).toBeCloseTo(60 * Math.LN2, 12);
  });
});

describe('an empirical distribution', () => {
  it('returns only the listed values, each equally often (within 2 %)', () => {
    const values = [5, 10, 20, 40];
    const xs = draws({ type: 'empirical', values });
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(values);
    for (const c of counts.values()) expect(Math.abs(c / N - 0.25)).toBeLessThan(0.005);
  });

  it('weights a value listed twice double', () => {
    const xs = draws({ type: 'empirical', values: [1, 1, 2] });
    expect(xs.filter((x) => x === 1).length / N).toBeCloseTo(2 / 3, 2);
  });

  it('maps u to the value of its slot, the last slot included', () => {
    const d: Distribution = { type: 'empirical', values: [5, 10, 20, 40] };
    expect([0.01, 0.26, 0.5, 0.74, 0.99, 1 - 1e-12].map((u) => quantile(d, u))).toEqual([5, 10, 20, 20, 40, 40]);
  });
});

describe('the standard normal functions', () => {
  it('invert each other: normalQuantile(normalCdf(z)) ≈ z for z in [-3, 3]', () => {
    for (let z = -3; z <= 3; z += 0.125) expect(normalQuantile(normalCdf(z))).toBeCloseTo(z, 4);
  });

  it('invert each other the other way: normalCdf(normalQuantile(p)) ≈ p, tails included', () => {
    for (const p of [1e-6, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.97575, 0.99, 0.9999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(2e-7);
    }
  });

  it('have the textbook values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 8);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 6);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
  });

  it('are symmetric', () => {
    for (const z of [0.3, 1.1, 2.7]) expect(normalCdf(-z)).toBeCloseTo(1 - normalCdf(z), 12);
    for (const p of [0.001, 0.2, 0.4]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 8);
  });
});
