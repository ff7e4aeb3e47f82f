import { describe, expect, it } from 'vitest';
import { compileModel, roundMetrics, runEngine, runRounds, simulateRound } from '../../../src/sim';
import { loadLevel } from '../helpers';

describe('the same level, seed and plan', () => {
  const level = loadLevel('levels/canteen.json');

  it('give byte-identical JSON on two runs', () => {
    const a = JSON.stringify(runRounds(level, { seed: 42, rounds: 2 }));
    const b = JSON.stringify(runRounds(level, { seed: 42, rounds: 2 }));
    expect(a).toBe(b);
  });

  it('give the same figures whether finished units are kept or recycled', () => {
    const kept = simulateRound(level, 5).metrics;
    const recycled = roundMetrics(runEngine(compileModel(level), { seed: 5, keepUnits: false }));
    expect(JSON.stringify(recycled)).toBe(JSON.stringify(kept));
  });

  it('differ when only the seed differs', () => {
    expect(simulateRound(level, 1).metrics.leadTime.mean).not.toBe(simulateRound(level, 2).metrics.leadTime.mean);
  });

  it('give the same round every time within a lesson: rounds without changes are identical', () => {
    const result = runRounds(level, { seed: 9, rounds: 3 });
    if (!result.ok) throw new Error(result.reason);
    const [r1, r2, r3] = result.rounds.map((r) => JSON.stringify(r.metrics));
    expect(r2).toBe(r1);
    expect(r3).toBe(r1);
  });
});

describe('the canteen with seed 1 (a fixed seed with known output)', () => {
  const { metrics } = simulateRound(loadLevel('levels/canteen.json'), 1);

  it('serves every pupil of the two classes', () => {
    expect(metrics.arrived).toBe(56);
    expect(metrics.completed).toBe(56);
  });

  it('has these headline figures', () => {
    expect({
      leadMean: metrics.leadTime.mean.toFixed(3),
      leadMax: metrics.leadTime.max.toFixed(3),
      totalWaste: metrics.totalWasteMinutes.toFixed(3),
      value: metrics.valueMeasure.value.toFixed(4),
    }).toMatchInlineSnapshot(`
      {
        "leadMax": "1371.307",
        "leadMean": "706.668",
        "totalWaste": "606.219",
        "value": "0.5714",
      }
    `);
  });
});
