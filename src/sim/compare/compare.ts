/**
 * "Is it real or luck?": two plans for the same level, each simulated on the same list of
 * seeds. Every seed gives both plans the same random numbers (the engine keys them by unit
 * and step, so a change elsewhere leaves them alone): the per-seed differences are paired,
 * their mean gets a Student-t 95 % interval, and a difference whose interval excludes zero is
 * called significant. Pure and deterministic: same levels and seeds, same report.
 */
import { WASTES, type Level, type Waste } from '../level/schema';
import { applyCommands, initialPlanState, type Command, type PlanState } from '../commands/commands';
import { compileModel, type Model } from '../engine/model';
import { runEngine } from '../engine/engine';
import { roundMetrics } from '../metrics/round-metrics';
import { excludesZero, meanInterval, pairedDifference, type Interval } from './interval';
import { HEADLINE_METRICS, sampleOf, wasteMetric, type MetricDef, type MetricSample } from './metrics';

export const DEFAULT_SEED_COUNT = 30;
export const MIN_SEED_COUNT = 10;
export const MAX_SEED_COUNT = 200;
/** How many waste buckets (the biggest) the comparison reports beside the headline figures. */
export const WASTE_BUCKETS_SHOWN = 3;

export type PlanResult = { ok: true; state: PlanState } | { ok: false; index: number; reason: string };

/**
 * A plan as a list of commands applied to the level's current state, with no budget (an
 * analysis, not a lesson). Refused with the core's reason when a command does not fit.
 */
export function planLevel(base: Level, commands: readonly Command[]): PlanResult {
  return applyCommands(initialPlanState(base), commands);
}

/** `count` consecutive seeds from `first` (wrapping at 2³²): the seeds both plans share. */
export function comparisonSeeds(first: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 2) throw new RangeError(`a comparison needs at least 2 seeds, got ${count}`);
  return Array.from({ length: count }, (_, i) => (first + i) >>> 0);
}

export interface MetricComparison {
  metric: MetricDef;
  a: Interval;
  b: Interval;
  /** B − A, paired by seed */
  difference: Interval;
  /** the difference's interval excludes zero */
  significant: boolean;
  /** which plan is better on this metric; 'none' when the difference is not significant */
  better: 'a' | 'b' | 'none';
}

export interface Comparison {
  seeds: readonly number[];
  metrics: MetricComparison[];
}

/** The metrics to report: the headline ones, with the biggest waste buckets after total waste. */
export function reportedMetrics(a: readonly MetricSample[], b: readonly MetricSample[]): MetricDef[] {
  const size = (w: Waste): number => {
    let sum = 0;
    for (const s of a) sum += s[`waste.${w}`];
    for (const s of b) sum += s[`waste.${w}`];
    return sum;
  };
  // Sort is stable: equal buckets keep the schema's order.
  const biggest = WASTES.map((w) => ({ w, size: size(w) }))
    .filter((x) => x.size > 0)
    .sort((x, y) => y.size - x.size)
    .slice(0, WASTE_BUCKETS_SHOWN)
    .map((x) => wasteMetric(x.w));
  const wasteAt = HEADLINE_METRICS.findIndex((m) => m.id === 'totalWaste') + 1;
  return [...HEADLINE_METRICS.slice(0, wasteAt), ...biggest, ...HEADLINE_METRICS.slice(wasteAt)];
}

/** Both plans' samples, seed by seed, turned into intervals and verdicts. */
export function analyse(seeds: readonly number[], a: readonly MetricSample[], b: readonly MetricSample[]): Comparison {
  if (a.length !== seeds.length || b.length !== seeds.length) {
    throw new RangeError(`expected ${seeds.length} samples per plan, got ${a.length} and ${b.length}`);
  }
  const metrics = reportedMetrics(a, b).map((metric): MetricComparison => {
    const xa = a.map((s) => s[metric.id]);
    const xb = b.map((s) => s[metric.id]);
    const difference = pairedDifference(xa, xb);
    const significant = excludesZero(difference);
    const bHigher = difference.mean > 0;
    const better = !significant ? 'none' : bHigher === (metric.better === 'higher') ? 'b' : 'a';
    return { metric, a: meanInterval(xa), b: meanInterval(xb), difference, significant, better };
  });
  return { seeds, metrics };
}

/**
 * A comparison that runs one seed at a time, so a page can spread it over several frames
 * and show its progress. `step()` simulates both plans on the next seed.
 */
export class ComparisonRun {
  private readonly modelA: Model;
  private readonly modelB: Model;
  private readonly samplesA: MetricSample[] = [];
  private readonly samplesB: MetricSample[] = [];

  constructor(
    a: Level,
    b: Level,
    readonly seeds: readonly number[],
  ) {
    this.modelA = compileModel(a);
    // The same plan twice (a sanity check) is compiled and simulated once.
    this.modelB = b === a ? this.modelA : compileModel(b);
    if (seeds.length < 2) throw new RangeError(`a comparison needs at least 2 seeds, got ${seeds.length}`);
  }

  /** Seeds simulated so far. */
  get completed(): number {
    return this.samplesA.length;
  }

  get done(): boolean {
    return this.completed >= this.seeds.length;
  }

  step(): void {
    if (this.done) return;
    const seed = this.seeds[this.completed] as number;
    const a = sampleOf(roundMetrics(runEngine(this.modelA, { seed })));
    const b = this.modelB === this.modelA ? a : sampleOf(roundMetrics(runEngine(this.modelB, { seed })));
    this.samplesA.push(a);
    this.samplesB.push(b);
  }

  result(): Comparison {
    if (!this.done) throw new Error(`the comparison has run ${this.completed} of ${this.seeds.length} seeds`);
    return analyse(this.seeds, this.samplesA, this.samplesB);
  }
}

/** Compare two plans (levels as each plan leaves them) over the given seeds, all at once. */
export function comparePlans(a: Level, b: Level, seeds: readonly number[]): Comparison {
  const run = new ComparisonRun(a, b, seeds);
  while (!run.done) run.step();
  return run.result();
}
