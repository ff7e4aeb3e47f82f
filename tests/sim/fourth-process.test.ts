/**
 * A fourth school process written only as data: the school library lending textbooks on
 * 1 September (tests/fixtures/levels/library.json). No code knows it: it loads, plays a
 * lesson's rounds with a plan, gives a value-stream map and a balance report through the same
 * functions as the canteen. (The ledger and value-stream tests scan it with every other level.)
 */
import { describe, expect, it } from 'vitest';
import { roundMetrics, runRounds, simulateRound, valueStream, type Command, type Plan } from '../../src/sim';
import { balance } from '../../src/sim/balance';
import { allLevelPaths, loadLevel } from './helpers';

const PATH = 'tests/fixtures/levels/library.json';
const SEED = 1;
const level = loadLevel(PATH);
const card = (id: string): Command => ({ type: 'applyCard', card: id });

/**
 * A lesson that falls into the trap first (both classes at once), then packs the sets (which
 * does not help while the librarian is the bottleneck), then fills in the forms in advance.
 */
const PLAN: Plan = {
  rounds: [[], [card('sort-shelves'), card('shelf-labels'), card('all-at-once')], [card('class-sets')], [card('pre-filled-forms')]],
};

describe('the school library, a process written only as data', () => {
  it('loads: a few stations, a route, 4–6 cards with a trap among them', () => {
    expect(level.id).toBe('library');
    expect(allLevelPaths()).toContain(PATH);
    expect(level.stations.map((s) => s.id)).toEqual(['shelves', 'check-table', 'desk']);
    const route = level.entities.find((e) => e.id === 'pupil')?.route.map((s) => s.id);
    expect(route).toEqual(['take-set', 'check-set', 'copy-numbers', 'sign']);
    expect(level.cards.length).toBeGreaterThanOrEqual(4);
    expect(level.cards.length).toBeLessThanOrEqual(6);
    expect(level.cards.filter((c) => c.trap).map((c) => c.id)).toEqual(['all-at-once']);
    for (const text of [level.title, level.briefing, ...level.cards.flatMap((c) => [c.name, c.why])]) {
      expect(text.ru.length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  it('plays a lesson of four rounds with a plan, within the budget', () => {
    const result = runRounds(level, { seed: SEED, rounds: 4, plan: PLAN });
    if (!result.ok) throw new Error(`round ${result.round}: ${result.reason}`);
    const [now, trap, sets, forms] = result.rounds.map((r) => r.metrics);
    if (!now || !trap || !sets || !forms) throw new Error('four rounds expected');
    for (const m of [now, trap, sets, forms]) {
      expect(m.arrived).toBe(50);
      expect(m.unfinished).toBe(0);
    }
    expect(result.rounds.map((r) => r.applied.length)).toEqual([0, 3, 4, 5]);
    // The trap makes things worse; packing sets helps little while the librarian is the bottleneck;
    // forms filled in in advance relieve the bottleneck and meet the target.
    expect(trap.leadTime.mean).toBeGreaterThan(now.leadTime.mean);
    expect(trap.totalWasteMinutes).toBeGreaterThan(now.totalWasteMinutes);
    expect(sets.firstPassYield).toBeGreaterThan(now.firstPassYield);
    expect(forms.leadTime.mean).toBeLessThan(now.leadTime.mean * 0.6);
    expect(forms.valueMeasure.met).toBe(true);
    expect(now.valueMeasure.met).toBe(false);
  });

  it('gives the value-stream map of its current state and of a planned round', () => {
    const { run } = simulateRound(level, SEED, true);
    const map = valueStream(run);
    const m = roundMetrics(run);
    expect(map.entity).toBe('pupil');
    expect(map.steps.map((s) => s.id)).toEqual(['take-set', 'check-set', 'copy-numbers', 'sign']);
    expect(Math.abs(map.leadTime - m.leadTime.mean)).toBeLessThan(1e-9);
    expect(Math.abs(map.valueAddedShare - m.processCycleEfficiency)).toBeLessThan(1e-9);
    const [take, check, copy, sign] = map.steps;
    // A missing book sends a pupil back to the shelves: the check is where the defects show.
    expect(check?.firstPassYield).toBeLessThan(1);
    expect(take?.services).toBeGreaterThan(50);
    expect(take?.staffed).toBe(false);
    // Pupils queue for the shelves (searching among old editions) and for the one librarian,
    // not for the table, which has room for four.
    expect(take?.queueMean).toBeGreaterThan(1);
    expect(copy?.queueMean).toBeGreaterThan(1);
    expect(check?.queueMean).toBeLessThan(0.1);
    expect(copy?.servers).toBe(1);
    // Signing follows copying at the same desk: no queue, no wait.
    expect(sign?.continues).toBe(true);
    expect(sign?.wait).toBe(0);
    expect(sign?.queueMean).toBe(0);

    const result = runRounds(level, { seed: SEED, rounds: 4, plan: PLAN });
    if (!result.ok) throw new Error(result.reason);
    const target = valueStream(simulateRound(result.final.level, SEED, true).run);
    expect(target.leadTime).toBeLessThan(map.leadTime * 0.6);
    const targetCopy = target.steps.find((st) => st.id === 'copy-numbers');
    expect(targetCopy?.queueMean).toBeLessThan((copy?.queueMean ?? 0) / 2);
    expect(targetCopy?.cycleTime).toBeLessThan((copy?.cycleTime ?? 0) / 2);
  });

  it('runs through the balance search: the trap is found, the best plan cuts most of the waste', () => {
    const report = balance(level, SEED);
    expect(report.level).toBe('library');
    expect(report.refused).toBe(0);
    expect(report.combinations).toBeGreaterThan(16);
    expect(report.traps).toEqual(['all-at-once']);
    expect(report.best.cards).not.toContain('all-at-once');
    expect(report.best.gain.waste).toBeGreaterThan(0.6);
    expect(report.best.gain.leadTime).toBeGreaterThan(0.5);
    expect(report.noChange.unfinished).toBe(0);
  });
});
