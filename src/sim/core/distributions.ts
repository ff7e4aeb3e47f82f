/**
 * Duration distributions. Every draw consumes exactly one uniform number (inverse-CDF
 * sampling), so changing one step's distribution in a plan never shifts the random
 * numbers of any later draw: rounds stay comparable (common random numbers).
 */
import type { Distribution } from '../level/schema';
import { exp, log } from './libm';
import { nextUnit, type RngState } from './rng';

export function sample(dist: Distribution, rng: RngState): number {
  return quantile(dist, nextUnit(rng));
}

export type Sampler = (u: number) => number;

/**
 * The quantile function of a distribution as a closure, with its parameters read once.
 * The engine draws millions of times from a few distributions; this skips the dispatch.
 */
export function compileSampler(dist: Distribution): Sampler {
  switch (dist.type) {
    case 'constant': {
      const v = dist.value;
      return () => v;
    }
    case 'exponential': {
      const m = dist.mean;
      return (u) => -m * log(1 - u);
    }
    case 'uniform': {
      const lo = dist.min;
      const width = dist.max - dist.min;
      return (u) => lo + width * u;
    }
    default:
      return (u) => quantile(dist, u);
  }
}

/** The value below which a share `u` of draws fall. */
export function quantile(dist: Distribution, u: number): number {
  switch (dist.type) {
    case 'constant':
      return dist.value;
    case 'uniform':
      return dist.min + (dist.max - dist.min) * u;
    case 'triangular':
      return triangular(dist.min, dist.mode, dist.max, u);
    case 'exponential':
      return -dist.mean * log(1 - u);
    case 'normal':
      return truncatedNormal(dist.mean, dist.sd, dist.min ?? 0, dist.max ?? Infinity, u);
    case 'lognormal': {
      const x = dist.median * exp(dist.sigma * normalQuantile(u));
      return dist.max === undefined ? x : Math.min(x, dist.max);
    }
    case 'empirical':
      return dist.values[Math.min(dist.values.length - 1, Math.floor(u * dist.values.length))] as number;
  }
}

/** The mean of a distribution (truncation of the normal ignored when it is far away). */
export function mean(dist: Distribution): number {
  switch (dist.type) {
    case 'constant':
      return dist.value;
    case 'uniform':
      return (dist.min + dist.max) / 2;
    case 'triangular':
      return (dist.min + dist.mode + dist.max) / 3;
    case 'exponential':
      return dist.mean;
    case 'normal':
      return dist.mean;
    case 'lognormal':
      return dist.median * exp((dist.sigma * dist.sigma) / 2);
    case 'empirical':
      return dist.values.reduce((a, b) => a + b, 0) / dist.values.length;
  }
}

function triangular(a: number, c: number, b: number, u: number): number {
  if (b <= a) return a;
  const f = (c - a) / (b - a);
  return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** A normal truncated to [lo, hi], drawn by mapping u into the CDF range of the interval. */
function truncatedNormal(mu: number, sd: number, lo: number, hi: number, u: number): number {
  if (sd <= 0) return Math.min(hi, Math.max(lo, mu));
  const pLo = normalCdf((lo - mu) / sd);
  const pHi = hi === Infinity ? 1 : normalCdf((hi - mu) / sd);
  const p = pLo + u * (pHi - pLo);
  const x = mu + sd * normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, p)));
  return Math.min(hi, Math.max(lo, x));
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; error < 1.5e-7). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      exp((-z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Standard normal quantile (Acklam's rational approximation; relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const pl = 0.02425;
  if (p < pl) {
    const q = Math.sqrt(-2 * log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - pl) {
    const q = Math.sqrt(-2 * log(1 - p));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** Horner evaluation: coefficients from the highest power down. */
function poly(k: number[], x: number): number {
  let y = 0;
  for (const v of k) y = y * x + v;
  return y;
}
