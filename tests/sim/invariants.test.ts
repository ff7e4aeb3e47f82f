import { describe, expect, it } from 'vitest';
import { compileModel, runEngine } from '../../src/sim';
import { checkInvariants } from './invariants';
import { loadLevel } from './helpers';

describe("the soak test's invariant check", () => {
  const level = loadLevel('levels/canteen.json');
  const fresh = () => runEngine(compileModel(level), { seed: 5 });

  it('finds nothing wrong with an ordinary round', () => {
    expect(checkInvariants(fresh(), level, 1)).toEqual([]);
  });

  it('notices a unit booked a second more than its lead time', () => {
    const run = fresh();
    const unit = run.entities.find((e) => e.done && e.leadStarted);
    if (!unit) throw new Error('no finished unit');
    unit.ledger[1] = (unit.ledger[1] as number) + 1;
    expect(checkInvariants(run, level, 1).map((b) => b.rule)).toEqual([expect.stringMatching(/buckets sum to/)]);
  });

  it('notices a unit lost on the way', () => {
    const run = fresh();
    run.entities.pop();
    expect(checkInvariants(run, level, 1).map((b) => b.rule)).toEqual([expect.stringMatching(/a unit was lost/)]);
  });

  it('notices a queue that went below zero', () => {
    const run = fresh();
    const station = run.stations[0];
    if (!station) throw new Error('no station');
    station.head = station.queue.length + 1;
    expect(checkInvariants(run, level, 1).map((b) => b.rule)).toEqual([expect.stringMatching(/-1 waiting/)]);
  });
});
