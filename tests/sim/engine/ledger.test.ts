import { describe, expect, it } from 'vitest';
import { BUCKETS, compileModel, runEngine } from '../../../src/sim';
import { leadTimeOf } from '../../../src/sim/engine/entity';
import { allLevelPaths, loadLevel } from '../helpers';

// The queueing fixtures have 400,000 customers; a shorter run of them checks the same rule.
const SHORT = 20_000;

describe.each(allLevelPaths())('every unit of %s', (path) => {
  const level = loadLevel(path);
  for (const e of level.entities) if (e.arrivals.type === 'poisson') e.arrivals.count = Math.min(e.arrivals.count, SHORT);
  const run = runEngine(compileModel(level), { seed: 3 });
  const finished = run.entities.filter((e) => e.done && e.leadStarted);

  it('finishes', () => {
    expect(finished.length).toBe(run.entities.length);
    expect(finished.length).toBeGreaterThan(0);
  });

  it('has its waste buckets and value-adding time adding up exactly to its lead time', () => {
    let worst = 0;
    for (const e of finished) {
      expect(e.ledger.length).toBe(BUCKETS.length);
      const sum = e.ledger.reduce((a, b) => a + b, 0);
      worst = Math.max(worst, Math.abs(sum - leadTimeOf(e)));
    }
    expect(worst).toBeLessThan(1e-6);
  });

  it('never books negative time in any bucket', () => {
    const smallest = Math.min(...finished.map((e) => Math.min(...e.ledger)));
    expect(smallest).toBeGreaterThanOrEqual(0);
  });
});
