import { describe, expect, it } from 'vitest';
import { logGamma, studentTQuantile, studentTTwoSidedTail } from '../../../src/sim';

// Reference values from SciPy 1.17 (scipy.stats.t.ppf), to the last printed digit.
const T_975: [df: number, t: number][] = [
  [1, 12.706204736174694],
  [2, 4.302652729749462],
  [3, 3.1824463052837078],
  [4, 2.7764451051977934],
  [5, 2.5705818356363146],
  [9, 2.262157162798205],
  [10, 2.228138851986274],
  [19, 2.0930240544083087],
  [29, 2.045229642132703],
  [30, 2.0422724563012378],
  [49, 2.0095752371292392],
  [99, 1.9842169515864174],
  [100, 1.9839715185235518],
  [199, 1.9719565442517533],
  [200, 1.9718962236339088],
];

describe('the Student-t quantile', () => {
  it.each(T_975)('gives the 95 %% interval multiplier for %i degrees of freedom to 12 decimals', (df, t) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 12);
  });

  it('gives other quantiles too: 0.995 with 10 df and 0.9 with 5 df', () => {
    expect(studentTQuantile(0.995, 10)).toBeCloseTo(3.16927267261695, 12);
    expect(studentTQuantile(0.9, 5)).toBeCloseTo(1.4758840488244815, 12);
  });

  it('is symmetric about zero and zero at the median', () => {
    expect(studentTQuantile(0.025, 29)).toBe(-studentTQuantile(0.975, 29));
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('approaches the normal quantile 1.959964 as the degrees of freedom grow', () => {
    expect(studentTQuantile(0.975, 100000)).toBeCloseTo(1.9599877, 6);
  });

  it('inverts its own two-sided tail probability', () => {
    expect(studentTTwoSidedTail(studentTQuantile(0.975, 29), 29)).toBeCloseTo(0.05, 14);
  });

  it('refuses probabilities outside (0, 1) and fewer than one degree of freedom', () => {
    expect(() => studentTQuantile(1, 10)).toThrow(RangeError);
    expect(() => studentTQuantile(0, 10)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('ln Γ', () => {
  it('knows Γ(1/2) = √π, Γ(1) = 1 and Γ(5) = 24', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5723649429247001, 14);
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(3.1780538303479458, 13);
  });
});
