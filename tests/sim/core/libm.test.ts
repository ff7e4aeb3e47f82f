import { describe, expect, it } from 'vitest';
import { exp, log } from '../../../src/sim/core/libm';

/** A seeded stream of doubles spread over many orders of magnitude. */
function* samples(n: number, seed: number, scale: (u: number) => number): Generator<number> {
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    yield scale((s + 0.5) / 4294967296);
  }
}

const ulpDistance = (a: number, b: number): number => Math.abs(a - b) / (Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)));

describe('the engine-independent logarithm', () => {
  it('agrees with Math.log within one unit in the last place on 100,000 inputs from 1e-300 to 1e300', () => {
    let worst = 0;
    for (const x of samples(100_000, 1, (u) => 10 ** (u * 600 - 300))) worst = Math.max(worst, ulpDistance(log(x), Math.log(x)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('agrees on the open unit interval, where the simulation uses it most', () => {
    let worst = 0;
    for (const u of samples(100_000, 2, (v) => v)) worst = Math.max(worst, ulpDistance(log(u), Math.log(u)), ulpDistance(log(1 - u), Math.log(1 - u)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('handles the edges like Math.log', () => {
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(log(Infinity)).toBe(Infinity);
    expect(log(Number.MIN_VALUE)).toBeCloseTo(Math.log(Number.MIN_VALUE), 10);
    expect(log(Math.E)).toBeCloseTo(1, 15);
  });
});

describe('the engine-independent exponential', () => {
  it('agrees with Math.exp within one unit in the last place on 100,000 inputs from -700 to 700', () => {
    let worst = 0;
    for (const x of samples(100_000, 3, (u) => u * 1400 - 700)) worst = Math.max(worst, ulpDistance(exp(x), Math.exp(x)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('agrees near zero, where the normal distribution uses it', () => {
    let worst = 0;
    for (const x of samples(100_000, 4, (u) => u * 20 - 10)) worst = Math.max(worst, ulpDistance(exp(x), Math.exp(x)));
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('handles the edges like Math.exp', () => {
    expect(exp(0)).toBe(1);
    expect(exp(1e-30)).toBe(1);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(NaN)).toBeNaN();
    expect(exp(-745)).toBeGreaterThan(0);
  });
});
