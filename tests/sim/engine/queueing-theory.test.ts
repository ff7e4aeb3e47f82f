import { describe, expect, it } from 'vitest';
import { simulateRound } from '../../../src/sim';
import { erlangCMeanWait, loadLevel } from '../helpers';

/** The fixtures: λ = ratePerHour / 3600, μ = 1 / mean service, c servers, 400,000 customers. */
const cases = [
  { file: 'tests/fixtures/levels/mm1.json', c: 1, lambda: 48 / 3600, mu: 1 / 60 },
  { file: 'tests/fixtures/levels/mm3.json', c: 3, lambda: 153 / 3600, mu: 1 / 60 },
];

describe.each(cases)('a single queue with $c server(s), Poisson arrivals and exponential service', ({ file, c, lambda, mu }) => {
  const { run, metrics } = simulateRound(loadLevel(file), 20261123);
  const desk = metrics.stations[0];

  it('has the utilisation the level was built for', () => {
    expect(desk?.utilisation).toBeCloseTo(lambda / (c * mu), 2);
  });

  it("reproduces Erlang C's mean wait in queue within 3 %", () => {
    const theory = erlangCMeanWait(lambda, mu, c);
    expect(Math.abs((desk?.meanWaitSeconds ?? 0) / theory - 1)).toBeLessThan(0.03);
  });

  it("obeys Little's law (mean units inside = throughput × mean time inside) within 3 %", () => {
    const throughputPerSecond = metrics.completed / run.now;
    const littles = throughputPerSecond * metrics.leadTime.mean;
    expect(Math.abs(metrics.wip.mean / littles - 1)).toBeLessThan(0.03);
  });

  it('books waiting as waiting and service as value, and nothing else', () => {
    const waitMinutes = ((desk?.meanWaitSeconds ?? 0) * metrics.completed) / 60;
    expect(metrics.waste.waiting).toBeCloseTo(waitMinutes, 3);
    expect(metrics.totalWasteMinutes).toBeCloseTo(metrics.waste.waiting, 6);
  });
});
