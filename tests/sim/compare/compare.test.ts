/**
 * Comparing plans on the M/M/1 test queue (200 customers a run, 48 an hour, one-minute
 * service): a second desk against none, over seeds 1…30. The figures are pinned: the engine
 * is deterministic, so these are the answer, not an estimate of it.
 */
import { describe, expect, it } from 'vitest';
import {
  analyse,
  comparePlans,
  ComparisonRun,
  comparisonSeeds,
  planLevel,
  sampleOf,
  simulateRound,
  type Comparison,
  type Level,
  type MetricComparison,
} from '../../../src/sim';
import { erlangCMeanWait, loadLevel } from '../helpers';
import { mm1WithSecondDesk } from './fixtures';

const SEEDS = comparisonSeeds(1, 30);

function secondDesk(level: Level): Level {
  const r = planLevel(level, [{ type: 'applyCard', card: 'second-desk' }]);
  if (!r.ok) throw new Error(r.reason);
  return r.state.level;
}

function row(c: Comparison, id: string): MetricComparison {
  const found = c.metrics.find((m) => m.metric.id === id);
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

describe('a second desk against one, on the same 30 seeds', () => {
  const level = mm1WithSecondDesk();
  const c = comparePlans(level, secondDesk(level), SEEDS);

  it('reports the headline figures and the one waste there is (waiting), in a fixed order', () => {
    expect(c.metrics.map((m) => m.metric.id)).toEqual([
      'leadTimeMean',
      'leadTimeP90',
      'totalWaste',
      'waste.waiting',
      'valueMeasure',
      'throughput',
    ]);
  });

  it('cuts waiting by 503–792 customer-minutes a run: significant, plan B better', () => {
    const w = row(c, 'waste.waiting');
    expect(w.a.mean).toBeCloseTo(683.3102906276073, 9);
    expect(w.b.mean).toBeCloseTo(35.701307009110884, 9);
    expect(w.difference.mean).toBeCloseTo(-647.6089836184963, 9);
    expect(w.difference.low).toBeCloseTo(-792.1211265427233, 9);
    expect(w.difference.high).toBeCloseTo(-503.0968406942692, 9);
    expect(w.significant).toBe(true);
    expect(w.better).toBe('b');
  });

  it('cuts the mean lead time by 151–238 s, and the second desk meets queueing theory (Erlang C: 71.4 s)', () => {
    const lead = row(c, 'leadTimeMean');
    expect(lead.difference.low).toBeCloseTo(-237.6363379628171, 9);
    expect(lead.difference.high).toBeCloseTo(-150.92905220828084, 9);
    expect(lead.better).toBe('b');
    const theory = erlangCMeanWait(48 / 3600, 1 / 60, 2) + 60;
    expect(lead.b.low).toBeLessThan(theory);
    expect(lead.b.high).toBeGreaterThan(theory);
  });

  it('raises the value measure (served within 10 minutes) by 6.7–17.0 points, to 100 % in every run', () => {
    const v = row(c, 'valueMeasure');
    expect(v.b).toEqual({ n: 30, mean: 1, sd: 0, halfWidth: 0, low: 1, high: 1 });
    expect(v.difference.low).toBeCloseTo(0.06691952318923443, 12);
    expect(v.difference.high).toBeCloseTo(0.1700804768107656, 12);
    expect(v.better).toBe('b');
  });

  it('pairs the seeds: each plan mean is the mean of its own 30 rounds, and B − A is their difference', () => {
    const a = SEEDS.map((s) => simulateRound(level, s).metrics.waste.waiting);
    const lead = row(c, 'waste.waiting');
    expect(lead.a.mean).toBeCloseTo(a.reduce((x, y) => x + y, 0) / 30, 9);
    expect(lead.difference.mean).toBeCloseTo(lead.b.mean - lead.a.mean, 9);
  });

  it('says plan A is better when the plans swap places', () => {
    const swapped = comparePlans(secondDesk(level), level, SEEDS);
    expect(row(swapped, 'leadTimeMean').better).toBe('a');
    expect(row(swapped, 'valueMeasure').better).toBe('a');
    expect(row(swapped, 'leadTimeMean').difference.low).toBeCloseTo(150.92905220828084, 9);
  });
});

describe('identical plans', () => {
  const level = mm1WithSecondDesk();

  it('differ by exactly zero on every figure, and nothing is significant', () => {
    const empty = planLevel(level, []);
    if (!empty.ok) throw new Error(empty.reason);
    const c = comparePlans(level, empty.state.level, SEEDS);
    for (const m of c.metrics) {
      expect(m.difference.mean).toBe(0);
      expect(m.difference.halfWidth).toBe(0);
      expect(m.significant).toBe(false);
      expect(m.better).toBe('none');
    }
  });

  it('differ by exactly zero even as two separately built copies (the same card applied twice over)', () => {
    const c = comparePlans(secondDesk(level), secondDesk(level), SEEDS);
    expect(c.metrics.every((m) => m.difference.mean === 0 && !m.significant)).toBe(true);
  });
});

describe('the canteen: classes released 3 minutes apart against the current state, 30 seeds', () => {
  const canteen = loadLevel('levels/canteen.json');
  const r = planLevel(canteen, [{ type: 'applyCard', card: 'staggered-release' }]);
  if (!r.ok) throw new Error(r.reason);
  const c = comparePlans(canteen, r.state.level, comparisonSeeds(20261123, 30));

  it('cuts waiting and the mean lead time: significant, plan B better', () => {
    expect(row(c, 'waste.waiting').better).toBe('b');
    expect(row(c, 'leadTimeMean').better).toBe('b');
  });

  it('cannot tell the value measure apart from luck: its difference interval straddles zero', () => {
    const v = row(c, 'valueMeasure');
    expect(v.difference.low).toBeLessThan(0);
    expect(v.difference.high).toBeGreaterThan(0);
    expect(v.significant).toBe(false);
    expect(v.better).toBe('none');
  });

  it('leaves motion untouched: equal up to rounding, so a difference of exactly zero', () => {
    const motion = row(c, 'waste.motion');
    expect(motion.difference.mean).toBe(0);
    expect(motion.significant).toBe(false);
  });
});

describe('running a comparison step by step', () => {
  const level = mm1WithSecondDesk();

  it('gives the same report as running it at once, and counts its progress', () => {
    const run = new ComparisonRun(level, secondDesk(level), comparisonSeeds(1, 5));
    expect(run.completed).toBe(0);
    run.step();
    run.step();
    expect(run.completed).toBe(2);
    expect(run.done).toBe(false);
    expect(() => run.result()).toThrow('2 of 5 seeds');
    while (!run.done) run.step();
    expect(run.result()).toEqual(comparePlans(level, secondDesk(level), comparisonSeeds(1, 5)));
  });

  it('analyses samples it is given', () => {
    const m = simulateRound(level, 1).metrics;
    expect(() => analyse([1, 2], [sampleOf(m)], [sampleOf(m), sampleOf(m)])).toThrow(RangeError);
  });
});

describe('plans and seeds', () => {
  const level = mm1WithSecondDesk();

  it('refuses a plan with a card the level does not have, saying which command and why', () => {
    expect(planLevel(level, [{ type: 'applyCard', card: 'second-desk' }, { type: 'applyCard', card: 'third-desk' }])).toEqual({
      ok: false,
      index: 1,
      reason: 'there is no card "third-desk" in this level',
    });
  });

  it('refuses a card whose prerequisite is missing', () => {
    const canteen = loadLevel('levels/canteen.json');
    const r = planLevel(canteen, [{ type: 'applyCard', card: 'cutlery-first' }]);
    expect(r).toEqual({ ok: false, index: 0, reason: 'card "cutlery-first" needs "sort-hall" first' });
  });

  it('are consecutive from the first, wrapping at 2³², and at least two', () => {
    expect(comparisonSeeds(4294967294, 3)).toEqual([4294967294, 4294967295, 0]);
    expect(() => comparisonSeeds(1, 1)).toThrow(RangeError);
  });
});
