/**
 * The balance claims every level makes, as the product brief states them: doing nothing
 * changes nothing, the best plan cuts waste by 70–85 % and lead time by at least half, no
 * card wins alone, traps make things worse, every tool family is needed, and 5S gains fade
 * without Sustain. Each level's test calls this and adds the claims that are its own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRounds, simulateRound, type Command, type Level, type RoundMetrics } from '../../../src/sim';
import { balance, type BalanceReport } from '../../../src/sim/balance';

export const card = (id: string): Command => ({ type: 'applyCard', card: id });

export interface FiveSLesson {
  /** the plan's rounds with 5S cards: `sustain` says whether the Sustain card is played too */
  plan: (sustain: boolean) => { rounds: Command[][] };
  /** index of the round with the last 5S card; the two rounds after it have nothing new */
  lastFiveS: number;
  /** how much waste at least comes back within two rounds without Sustain (1.05 = 5 %) */
  fadeAtLeast: number;
}

export interface BalanceClaims {
  level: Level;
  seed: number;
  fiveS: FiveSLesson;
}

/** Rounds of the 5S lesson, with their metrics. */
export function fiveSRounds(c: BalanceClaims, sustain: boolean): RoundMetrics[] {
  const plan = c.fiveS.plan(sustain);
  const result = runRounds(c.level, { seed: c.seed, rounds: plan.rounds.length, plan });
  if (!result.ok) throw new Error(`round ${result.round}: ${result.reason}`);
  return result.rounds.map((r) => r.metrics);
}

/**
 * Declares the claims, and one balance search (every allowed combination of cards, one round
 * each) shared by them and by the level's own claims: it returns that search's report.
 */
export function describeBalanceClaims(c: BalanceClaims): () => BalanceReport {
  const { level, seed } = c;
  let searched: BalanceReport | undefined;
  beforeAll(() => {
    searched = balance(level, seed);
  }, 60_000); // ~20 s of CPU for the largest level; a shared CI machine may be slower
  const report = (): BalanceReport => {
    if (searched === undefined) throw new Error('the balance search runs before the tests (beforeAll)');
    return searched;
  };
  const toolOf = (id: string): string => level.cards.find((k) => k.id === id)?.tool ?? '';

  describe('the level with no change', () => {
    it('stays the same: rounds without cards are identical', () => {
      const result = runRounds(level, { seed, rounds: 4 });
      if (!result.ok) throw new Error(result.reason);
      expect(new Set(result.rounds.map((r) => JSON.stringify(r.metrics))).size).toBe(1);
      expect(report().noChange.totalWaste).toBe(simulateRound(level, seed).metrics.totalWasteMinutes);
    });
  });

  describe('the cards, all tried together', () => {
    it('every allowed combination is simulated and none is refused', () => {
      expect(report().combinations).toBeGreaterThan(1000);
      expect(report().refused).toBe(0);
    });
  });

  describe('the best plan', () => {
    it('cuts total waste by 70–85 %', () => {
      expect(report().best.gain.waste).toBeGreaterThanOrEqual(0.7);
      expect(report().best.gain.waste).toBeLessThanOrEqual(0.85);
    });

    it('cuts mean lead time by at least half', () => {
      expect(report().best.gain.leadTime).toBeGreaterThanOrEqual(0.5);
    });

    it('meets the value measure’s target', () => {
      expect(report().best.value).toBeGreaterThanOrEqual(level.valueMeasure.target);
    });

    it('uses a card of each tool family: 5S, visual management, and routing or levelling', () => {
      const tools = report().best.cards.map(toolOf);
      expect(tools.some((t) => t.startsWith('5s-'))).toBe(true);
      expect(tools).toContain('visual');
      expect(tools.some((t) => t === 'routing' || t === 'levelling')).toBe(true);
    });

    it('is much better than a typical plan: the median combination cuts less than half as much waste', () => {
      expect(report().median.gain.waste).toBeLessThan(report().best.gain.waste / 2);
    });

    it('costs more than a lesson of three kaizen phases can pay, yet that budget still buys a 70 % cut', () => {
      const lesson = 3 * (level.kaizen.budgetPerRound ?? Infinity);
      expect(report().best.cost).toBeGreaterThan(lesson);
      const affordable = report().bestWithin.find((b) => b.budget === lesson);
      expect(affordable?.plan.gain.waste).toBeGreaterThanOrEqual(0.7);
    });
  });

  describe('single cards', () => {
    it('none gives more than half of the best plan’s gain in total waste on its own', () => {
      const r = report();
      expect(r.bestSingle.shareOfBestGain).toBeLessThanOrEqual(0.5);
      for (const k of r.cards) expect(k.alone.gain.wasteMinutes, k.id).toBeLessThanOrEqual(r.best.gain.wasteMinutes / 2);
    });

    it('every trap card worsens mean lead time when applied alone', () => {
      const traps = report().cards.filter((k) => k.flaggedTrap);
      expect(traps.length).toBeGreaterThanOrEqual(1);
      for (const k of traps) expect(k.alone.gain.leadTime, k.id).toBeLessThan(0);
    });

    it('every card that is not a trap cuts total waste when applied alone, and no trap is in the best plan', () => {
      const r = report();
      for (const k of r.cards.filter((x) => !x.flaggedTrap && x.tool !== '5s-sustain')) {
        expect(k.alone.gain.wasteMinutes, k.id).toBeGreaterThan(0);
      }
      expect([...r.traps].sort()).toEqual(r.cards.filter((k) => k.flaggedTrap).map((k) => k.id).sort());
      expect(r.cards.filter((k) => k.flaggedTrap && k.inBestPlan)).toEqual([]);
    });
  });

  describe('5S over a lesson', () => {
    const last = c.fiveS.lastFiveS;

    it('fits the budget of the kaizen phases it is played in', () => {
      const plan = c.fiveS.plan(true);
      expect(runRounds(level, { seed, rounds: plan.rounds.length, plan }).ok).toBe(true);
    });

    it('fades without Sustain: total waste rises again in every round after the last 5S card', () => {
      const waste = fiveSRounds(c, false).map((m) => m.totalWasteMinutes);
      const [before, at, next, after] = waste.slice(last - 1, last + 3) as [number, number, number, number];
      expect(at).toBeLessThan(before);
      expect(next).toBeGreaterThan(at);
      expect(after).toBeGreaterThan(next);
      expect(after / at).toBeGreaterThan(c.fiveS.fadeAtLeast);
    });

    it('holds with Sustain: total waste stays exactly where it was', () => {
      const waste = fiveSRounds(c, true).map((m) => m.totalWasteMinutes);
      expect(waste[last + 1]).toBe(waste[last]);
      expect(waste[last + 2]).toBe(waste[last]);
    });
  });
  return report;
}
