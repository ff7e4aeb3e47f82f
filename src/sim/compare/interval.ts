/**
 * Means with Student-t confidence intervals, and the paired difference of two samples taken
 * on the same seeds. Pure arithmetic on plain arrays.
 */
import { studentTQuantile } from './student-t';

/** The mean of a sample and its two-sided confidence interval. */
export interface Interval {
  n: number;
  mean: number;
  /** sample standard deviation (n − 1 in the denominator) */
  sd: number;
  /** half the interval's width: t(1 − α/2, n − 1) × sd / √n */
  halfWidth: number;
  low: number;
  high: number;
}

export const CONFIDENCE = 0.95;

/** Mean and confidence interval (95 % unless told) of at least two values. */
export function meanInterval(values: readonly number[], confidence = CONFIDENCE): Interval {
  const n = values.length;
  if (n < 2) throw new RangeError(`an interval needs at least two values, got ${n}`);
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  const sd = Math.sqrt(squares / (n - 1));
  const halfWidth = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, halfWidth, low: mean - halfWidth, high: mean + halfWidth };
}

/**
 * The paired difference b − a, seed by seed: both plans ran on the same random numbers, so
 * each pair shares its luck and the differences vary far less than either plan alone.
 */
export function pairedDifference(a: readonly number[], b: readonly number[], confidence = CONFIDENCE): Interval {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  return meanInterval(
    b.map((y, i) => sameUpToRounding(a[i] as number, y) ? 0 : y - (a[i] as number)),
    confidence,
  );
}

/**
 * Two figures that differ only in the last bits: a plan that leaves a waste untouched still
 * adds its seconds up in a different order, and a constant 1e-13 must not read as significant.
 */
function sameUpToRounding(x: number, y: number): boolean {
  return Math.abs(y - x) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** An interval that lies wholly on one side of zero: the difference is not plausibly luck. */
export function excludesZero(i: Interval): boolean {
  return i.low > 0 || i.high < 0;
}
