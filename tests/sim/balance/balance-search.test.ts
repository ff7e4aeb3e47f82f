/**
 * The balance search itself, on the canteen with a hand of three of its cards: which
 * combinations it tries, and how it reads the best plan, single cards and traps from them.
 */
import { describe, expect, it } from 'vitest';
import { applyCommands, initialPlanState, simulateRound, type Level } from '../../../src/sim';
import { balance, playOrder } from '../../../src/sim/balance';
import { loadLevel } from '../helpers';

const full = loadLevel('levels/canteen.json');

/** The canteen with only the named cards, in that order (and no decay rule, whose Sustain card may be gone). */
function withCards(ids: string[]): Level {
  return { ...full, cards: ids.map((id) => full.cards.find((c) => c.id === id) as Level['cards'][number]), kaizen: {} };
}

const wasteOf = (level: Level, cards: string[]): number => {
  const r = applyCommands(initialPlanState(level), cards.map((card) => ({ type: 'applyCard' as const, card })));
  if (!r.ok) throw new Error(r.reason);
  return simulateRound(r.state.level, 1).metrics.totalWasteMinutes;
};

describe('the balance search', () => {
  // cutlery-first requires sort-hall: 3 of the 4 subsets of those two are allowed, so 12 of 16 in all
  const level = withCards(['cutlery-first', 'menu-board', 'sort-hall', 'counter-menu']);
  const report = balance(level, 1);

  it('plays a card after the cards it requires', () => {
    expect(playOrder(level.cards).map((c) => c.id)).toEqual(['sort-hall', 'cutlery-first', 'menu-board', 'counter-menu']);
  });

  it('tries every combination the requirements allow, and only those', () => {
    expect(report.combinations).toBe(12);
    expect(report.refused).toBe(0);
  });

  it('reports the current state as the combination without cards', () => {
    expect(report.noChange.cards).toEqual([]);
    expect(report.noChange.totalWaste).toBe(simulateRound(level, 1).metrics.totalWasteMinutes);
  });

  it('finds the plan with the least waste, and its figures are those of that plan simulated', () => {
    expect(report.best.cards).toEqual(['sort-hall', 'cutlery-first', 'menu-board']);
    expect(report.best.totalWaste).toBe(wasteOf(level, report.best.cards));
    expect(report.best.gain.wasteMinutes).toBeCloseTo(report.noChange.totalWaste - report.best.totalWaste, 9);
  });

  it('measures a card alone against the cards it requires, not against the bare current state', () => {
    const cutlery = report.cards.find((c) => c.id === 'cutlery-first');
    expect(cutlery?.alone.figures.cards).toEqual(['sort-hall', 'cutlery-first']);
    expect(cutlery?.alone.gain.wasteMinutes).toBeCloseTo(wasteOf(level, ['sort-hall']) - wasteOf(level, ['sort-hall', 'cutlery-first']), 9);
  });

  it('takes a card out of the best plan together with the cards that need it', () => {
    const sort = report.cards.find((c) => c.id === 'sort-hall');
    expect(sort?.marginalWasteMinutes).toBeCloseTo(wasteOf(level, ['menu-board']) - report.best.totalWaste, 9);
  });

  it('names as traps exactly the cards that make things worse alone', () => {
    expect(report.traps).toEqual(['counter-menu']);
    expect(report.cards.find((c) => c.id === 'counter-menu')?.inBestPlan).toBe(false);
  });

  it('gives the same report for the same level and seed', () => {
    expect(JSON.stringify(balance(level, 1))).toBe(JSON.stringify(report));
  });
});
