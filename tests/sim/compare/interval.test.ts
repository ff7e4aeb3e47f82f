import { describe, expect, it } from 'vitest';
import { excludesZero, meanInterval, pairedDifference } from '../../../src/sim';

describe('a mean with its 95 % interval', () => {
  it('of 1, 2, 3, 4, 5 is 3 ± 1.9632 (t = 2.7764 with 4 df, sd = √2.5)', () => {
    const i = meanInterval([1, 2, 3, 4, 5]);
    expect(i.n).toBe(5);
    expect(i.mean).toBe(3);
    expect(i.sd).toBeCloseTo(Math.sqrt(2.5), 15);
    expect(i.halfWidth).toBeCloseTo(1.9632431614775572, 12);
    expect(i.low).toBeCloseTo(3 - 1.9632431614775572, 12);
    expect(i.high).toBeCloseTo(3 + 1.9632431614775572, 12);
  });

  it('of identical values has no width', () => {
    expect(meanInterval([4, 4, 4])).toEqual({ n: 3, mean: 4, sd: 0, halfWidth: 0, low: 4, high: 4 });
  });

  it('needs at least two values', () => {
    expect(() => meanInterval([1])).toThrow(RangeError);
  });
});

describe('the paired difference b − a', () => {
  const a = [10, 12, 9, 11, 13];
  const b = [7, 10, 6, 9, 10];

  it('is far narrower than either plan alone when the pairs share their luck', () => {
    const d = pairedDifference(a, b);
    expect(d.mean).toBeCloseTo(-2.6, 14);
    expect(d.halfWidth).toBeCloseTo(0.6800873806582556, 12);
    expect(meanInterval(a).halfWidth).toBeCloseTo(1.9632431614775572, 12);
    expect(excludesZero(d)).toBe(true);
  });

  it('of a plan with itself is exactly zero and not significant', () => {
    const d = pairedDifference(a, a);
    expect(d).toEqual({ n: 5, mean: 0, sd: 0, halfWidth: 0, low: 0, high: 0 });
    expect(excludesZero(d)).toBe(false);
  });

  it('treats figures equal up to rounding (the same seconds added in another order) as equal', () => {
    const x = [106.62, 98.1, 101.3];
    const d = pairedDifference(x, [106.62 + 1e-13, 98.1 - 2e-14, 101.3 + 1e-13]);
    expect(d.mean).toBe(0);
    expect(excludesZero(d)).toBe(false);
  });

  it('refuses samples of different lengths', () => {
    expect(() => pairedDifference([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});
