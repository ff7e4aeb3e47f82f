/**
 * Balance search for a level's improvement cards: every combination of cards the `requires`
 * rules allow, applied at once to the current state and simulated for one round on the same
 * seed. From those rounds it reads what a level designer needs to know: what the best plan
 * gains, what a typical (median) plan gains, whether one card wins alone, what each card is
 * worth inside the best plan, and which cards make things worse on their own (traps).
 *
 * Pure and deterministic: the same level and seed always give the same report. The budget
 * per round is ignored here (every combination is tried); `bestWithin` filters by cost.
 */
import type { Card, Level } from '../level/schema';
import type { RoundMetrics } from '../metrics/round-metrics';
import { applyCommand, initialPlanState, type PlanState } from '../commands/commands';
import { betweenRounds } from '../commands/between-rounds';
import { simulateRound } from '../run';

/** The headline figures of one combination of cards, simulated for one round. */
export interface PlanFigures {
  /** the cards in force, in the order they were applied */
  cards: string[];
  cost: number;
  /** person-minutes of waste */
  totalWaste: number;
  /** seconds */
  leadTimeMean: number;
  leadTimeMax: number;
  /** share of units that got the value (0…1) */
  value: number;
  unfinished: number;
}

/** How much a plan improves on the current state: positive is better. */
export interface Gain {
  /** share of the current state's total waste removed: 0.8 means 80 % less */
  waste: number;
  /** share of the current state's mean lead time removed */
  leadTime: number;
  /** change of the value measure's share, in points of share (0.3 = +30 percentage points) */
  value: number;
  /** person-minutes of waste removed */
  wasteMinutes: number;
}

export interface CardReport {
  id: string;
  tool: Card['tool'];
  cost: number;
  requires: string[];
  /** flagged as a trap by the level */
  flaggedTrap: boolean;
  /** the card (with whatever it requires) added to the current state, against the same without it */
  alone: { figures: PlanFigures; gain: Gain };
  /** worsens mean lead time or total waste when added alone */
  worsens: boolean;
  /**
   * Its worth inside the best plan: person-minutes of waste the best plan has less with it
   * than without it (and without the cards that need it). For a card not in the best plan,
   * what adding it (with what it requires) would change: usually negative or zero.
   */
  marginalWasteMinutes: number;
  inBestPlan: boolean;
  /** the level's Sustain card: it stops 5S decay, so its worth shows over rounds, not in one */
  stopsDecay: boolean;
}

/** What the level's 5S decay does to the best plan when its Sustain card is left out. */
export interface DecayReport {
  /** the card that stops the decay */
  sustain: string;
  /** total waste of the best plan without Sustain (and what needs it): as played, then after 1, 2, … rounds of decay */
  wasteWithoutSustain: number[];
  /** total waste of the best plan with Sustain in force (no decay) */
  wasteWithSustain: number;
}

export interface BalanceReport {
  level: string;
  seed: number;
  /** combinations simulated (the empty one included) */
  combinations: number;
  /** combinations a card refused to apply to (its effects clash with another card's) */
  refused: number;
  noChange: PlanFigures & { metrics: RoundMetrics };
  best: PlanFigures & { gain: Gain; metrics: RoundMetrics };
  /** the plan in the middle of all combinations ranked by total waste */
  median: PlanFigures & { gain: Gain };
  worst: PlanFigures & { gain: Gain };
  bestSingle: { card: string; gain: Gain; shareOfBestGain: number };
  cards: CardReport[];
  /** cards that worsen mean lead time or total waste when added alone */
  traps: string[];
  /** the best plan whose cost is at most each of these totals */
  bestWithin: { budget: number; plan: PlanFigures & { gain: Gain } }[];
  /** present when the level has a decay rule and its Sustain card is in the best plan */
  decay?: DecayReport;
}

export interface BalanceOptions {
  /** also report the best plan within these total budgets (default: 1…3 kaizen phases of the level's budget) */
  budgets?: number[];
  /** refuse to enumerate more than this many cards (2^n combinations) */
  maxCards?: number;
  /** rounds of 5S decay to show for the best plan without Sustain (default 2) */
  decayRounds?: number;
}

interface Row {
  mask: number;
  figures: PlanFigures;
}

/** Cards in an order where every card comes after the cards it requires (level order otherwise). */
export function playOrder(cards: readonly Card[]): Card[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const out: Card[] = [];
  const seen = new Set<string>();
  const visit = (c: Card, path: Set<string>): void => {
    if (seen.has(c.id)) return;
    if (path.has(c.id)) throw new Error(`card "${c.id}" requires itself through other cards`);
    path.add(c.id);
    for (const r of c.requires) {
      const k = byId.get(r);
      if (!k) throw new Error(`card "${c.id}" requires "${r}", which is not in the level`);
      visit(k, path);
    }
    path.delete(c.id);
    seen.add(c.id);
    out.push(c);
  };
  for (const c of cards) visit(c, new Set());
  return out;
}

function figuresOf(cards: string[], cost: number, m: RoundMetrics): PlanFigures {
  return {
    cards,
    cost,
    totalWaste: m.totalWasteMinutes,
    leadTimeMean: m.leadTime.mean,
    leadTimeMax: m.leadTime.max,
    value: m.valueMeasure.value,
    unfinished: m.unfinished,
  };
}

export function gainOf(base: PlanFigures, plan: PlanFigures): Gain {
  return {
    waste: base.totalWaste > 0 ? 1 - plan.totalWaste / base.totalWaste : 0,
    leadTime: base.leadTimeMean > 0 ? 1 - plan.leadTimeMean / base.leadTimeMean : 0,
    value: plan.value - base.value,
    wasteMinutes: base.totalWaste - plan.totalWaste,
  };
}

/**
 * Simulate every allowed combination of the level's cards on `seed` and summarise.
 * Cards are applied in `playOrder`; a combination a card refuses (its effects clash) is skipped.
 */
export function balance(level: Level, seed: number, options: BalanceOptions = {}): BalanceReport {
  const order = playOrder(level.cards);
  const n = order.length;
  const maxCards = options.maxCards ?? 16;
  if (n > maxCards) throw new Error(`${n} cards make ${2 ** n} combinations; the limit is ${maxCards} cards`);
  const bit = new Map(order.map((c, i) => [c.id, 1 << i]));
  const requiresMask = order.map((c) => c.requires.reduce((m, r) => m | (bit.get(r) as number), 0));

  const rows = new Map<number, Row>();
  let refused = 0;
  let noChangeMetrics: RoundMetrics | undefined;

  // Depth first over increasing card indices: each combination is one command away from its prefix.
  const visit = (from: number, state: PlanState, mask: number, cost: number): void => {
    const { metrics } = simulateRound(state.level, seed);
    if (mask === 0) noChangeMetrics = metrics;
    rows.set(mask, { mask, figures: figuresOf([...state.applied], cost, metrics) });
    for (let i = from; i < n; i++) {
      if (((requiresMask[i] as number) & ~mask) !== 0) continue;
      const card = order[i] as Card;
      const r = applyCommand(state, { type: 'applyCard', card: card.id });
      if (!r.ok) {
        refused++;
        continue;
      }
      visit(i + 1, r.state, mask | (1 << i), cost + card.cost);
    }
  };
  visit(0, initialPlanState(level), 0, 0);
  const all = [...rows.values()];
  const base = (rows.get(0) as Row).figures;

  const byWaste = [...all].sort((a, b) => a.figures.totalWaste - b.figures.totalWaste || a.figures.cost - b.figures.cost || a.mask - b.mask);
  const bestRow = byWaste[0] as Row;
  const medianRow = byWaste[Math.floor((byWaste.length - 1) / 2)] as Row;
  const worstRow = byWaste[byWaste.length - 1] as Row;
  const withGain = (row: Row) => ({ ...row.figures, gain: gainOf(base, row.figures) });

  // Closure of a card: it and everything it requires, directly or not.
  const closure = (i: number): number => {
    let m = 1 << i;
    let prev = 0;
    while (m !== prev) {
      prev = m;
      for (let k = 0; k < n; k++) if (m & (1 << k)) m |= requiresMask[k] as number;
    }
    return m;
  };
  // Dependents of a card: everything that requires it, directly or not.
  const dependents = (i: number): number => {
    let m = 1 << i;
    let prev = 0;
    while (m !== prev) {
      prev = m;
      for (let k = 0; k < n; k++) if ((requiresMask[k] as number) & m) m |= 1 << k;
    }
    return m;
  };

  const cards: CardReport[] = order.map((card, i) => {
    const own = 1 << i;
    const withIt = rows.get(closure(i));
    const without = rows.get(closure(i) & ~own);
    const aloneFigures = withIt?.figures ?? base;
    const ref = without?.figures ?? base;
    const aloneGain = gainOf(ref, aloneFigures);
    const inBest = (bestRow.mask & own) !== 0;
    let marginal = 0;
    if (inBest) {
      const reduced = rows.get(bestRow.mask & ~dependents(i));
      if (reduced) marginal = reduced.figures.totalWaste - bestRow.figures.totalWaste;
    } else {
      const added = rows.get(bestRow.mask | closure(i));
      if (added) marginal = bestRow.figures.totalWaste - added.figures.totalWaste;
    }
    return {
      id: card.id,
      tool: card.tool,
      cost: card.cost,
      requires: [...card.requires],
      flaggedTrap: card.trap,
      alone: { figures: aloneFigures, gain: aloneGain },
      worsens: aloneFigures.leadTimeMean > ref.leadTimeMean + 1e-9 || aloneFigures.totalWaste > ref.totalWaste + 1e-9,
      marginalWasteMinutes: marginal,
      inBestPlan: inBest,
      stopsDecay: level.kaizen.decay?.stoppedBy === card.id,
    };
  });

  const bestGain = gainOf(base, bestRow.figures);
  const single = [...cards].sort((a, b) => b.alone.gain.wasteMinutes - a.alone.gain.wasteMinutes)[0] as CardReport;
  const bestSingle = {
    card: single.id,
    gain: gainOf(base, single.alone.figures),
    shareOfBestGain: bestGain.wasteMinutes > 0 ? gainOf(base, single.alone.figures).wasteMinutes / bestGain.wasteMinutes : 0,
  };

  const perRound = level.kaizen.budgetPerRound;
  const budgets = options.budgets ?? (perRound === undefined ? [] : [1, 2, 3].map((k) => k * perRound));
  const bestWithin = budgets.map((budget) => {
    const row = byWaste.find((r) => r.figures.cost <= budget) ?? (rows.get(0) as Row);
    return { budget, plan: withGain(row) };
  });

  let decay: DecayReport | undefined;
  const sustain = level.kaizen.decay?.stoppedBy;
  const sustainIndex = order.findIndex((c) => c.id === sustain);
  if (sustain !== undefined && sustainIndex >= 0 && (bestRow.mask & (1 << sustainIndex)) !== 0) {
    const gone = dependents(sustainIndex);
    const kept = bestRow.figures.cards.filter((id) => (gone & (bit.get(id) as number)) === 0);
    let state = planState(level, kept);
    const wasteWithoutSustain = [simulateRound(state.level, seed).metrics.totalWasteMinutes];
    for (let k = 0; k < (options.decayRounds ?? 2); k++) {
      state = betweenRounds(state, level);
      wasteWithoutSustain.push(simulateRound(state.level, seed).metrics.totalWasteMinutes);
    }
    decay = { sustain, wasteWithoutSustain, wasteWithSustain: bestRow.figures.totalWaste };
  }

  return {
    level: level.id,
    seed,
    combinations: all.length,
    refused,
    noChange: { ...base, metrics: noChangeMetrics as RoundMetrics },
    best: { ...withGain(bestRow), metrics: planMetrics(level, bestRow.figures.cards, seed) },
    median: withGain(medianRow),
    worst: withGain(worstRow),
    bestSingle,
    cards,
    traps: cards.filter((c) => c.worsens).map((c) => c.id),
    bestWithin,
    ...(decay ? { decay } : {}),
  };
}

/** The level with the cards applied in the order given (no budget). Throws if a card is refused. */
function planState(level: Level, cards: readonly string[]): PlanState {
  let state = initialPlanState(level);
  for (const card of cards) {
    const r = applyCommand(state, { type: 'applyCard', card });
    if (!r.ok) throw new Error(`card "${card}" was refused: ${r.reason}`);
    state = r.state;
  }
  return state;
}

/** The full round metrics of one plan (the cards applied in the order given) on `seed`. */
export function planMetrics(level: Level, cards: readonly string[], seed: number): RoundMetrics {
  return simulateRound(planState(level, cards).level, seed).metrics;
}
