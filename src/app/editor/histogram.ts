/**
 * The live histogram of a distribution picker: the times the core would draw, from the
 * core's own generator and inverse-CDF sampling, so the picture is the game's, not a guess.
 */
import { distribution, type Distribution } from '../../sim';
import { createRng } from '../../sim/core/rng';
import { mean, sample } from '../../sim/core/distributions';

export interface Histogram {
  min: number;
  max: number;
  counts: number[];
  mean: number;
  /** the distribution's own mean, for a check against the drawn one */
  expected: number;
  n: number;
}

/** Draw `n` times from `d` with a seeded generator; undefined when `d` is not a valid distribution. */
export function drawTimes(d: unknown, n: number, seed: number): number[] | undefined {
  const parsed = distribution.safeParse(d);
  if (!parsed.success) return undefined;
  const dist: Distribution = parsed.data;
  if (dist.type === 'uniform' && dist.min > dist.max) return undefined;
  if (dist.type === 'triangular' && !(dist.min <= dist.mode && dist.mode <= dist.max)) return undefined;
  const rng = createRng(seed, 0);
  return Array.from({ length: n }, () => sample(dist, rng));
}

export function histogramOf(d: unknown, options: { n?: number; bins?: number; seed?: number } = {}): Histogram | undefined {
  const n = options.n ?? 2000;
  const bins = options.bins ?? 24;
  const values = drawTimes(d, n, options.seed ?? 1);
  if (!values) return undefined;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const counts = new Array<number>(bins).fill(0);
  const width = max - min;
  for (const v of values) {
    const i = width > 0 ? Math.min(bins - 1, Math.floor(((v - min) / width) * bins)) : 0;
    counts[i] = (counts[i] as number) + 1;
  }
  return { min, max, counts, mean: values.reduce((a, b) => a + b, 0) / n, expected: mean(d as Distribution), n };
}
