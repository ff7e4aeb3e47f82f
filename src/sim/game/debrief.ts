/**
 * The debrief after the last round: how much each figure changed from round 1, and which
 * card bought the most per point spent (its marginal gain: the last round replayed without
 * it). Pure.
 */
import { BUCKETS, type Bucket } from '../level/schema';
import { applyCommands, initialPlanState, type Command } from '../commands/commands';
import { simulateRound } from '../run';
import { allCommands, type Session } from './session';

export interface CardWorth {
  card: string;
  cost: number;
  /** person-minutes of waste the card removes from the last round's plan */
  wasteSaved: number;
  /** wasteSaved per point; Infinity for a free card that helps */
  perPoint: number;
}

export interface Debrief {
  /** relative change from round 1 to the last round: -0.6 means 60 % less */
  leadTimeChange: number;
  totalWasteChange: number;
  wasteChange: Record<Bucket, number>;
  valueFrom: number;
  valueTo: number;
  cards: CardWorth[];
  best: CardWorth | undefined;
}

const change = (from: number, to: number): number => (from === 0 ? (to === 0 ? 0 : Infinity) : to / from - 1);

export function debrief(s: Session): Debrief {
  const first = s.played[0];
  const last = s.played[s.played.length - 1];
  if (!first || !last) throw new Error('a debrief needs at least one played round');
  const a = first.metrics;
  const b = last.metrics;
  const cards = last.applied.map((card) => worth(s, card));
  const best = [...cards].sort((x, y) => y.perPoint - x.perPoint || y.wasteSaved - x.wasteSaved)[0];
  return {
    leadTimeChange: change(a.leadTime.mean, b.leadTime.mean),
    totalWasteChange: change(a.totalWasteMinutes, b.totalWasteMinutes),
    wasteChange: Object.fromEntries(BUCKETS.map((k) => [k, change(a.waste[k], b.waste[k])])) as Record<Bucket, number>,
    valueFrom: a.valueMeasure.value,
    valueTo: b.valueMeasure.value,
    cards,
    best: best && best.wasteSaved > 0 ? best : undefined,
  };
}

/**
 * A card's marginal gain: the last round's plan replayed from the original level (so 5S decay
 * does not blur the comparison) with and without the card and whatever needs it.
 */
function worth(s: Session, card: string): CardWorth {
  const cost = s.level.cards.find((c) => c.id === card)?.cost ?? 0;
  const needs = (id: string): boolean => id === card || (s.level.cards.find((c) => c.id === id)?.requires ?? []).some(needs);
  const all = allCommands(s);
  const others = all.filter((c) => c.type !== 'applyCard' || !needs(c.card));
  const waste = (commands: readonly Command[]): number | undefined => {
    const r = applyCommands(initialPlanState(s.level), commands);
    return r.ok ? simulateRound(r.state.level, s.seed).metrics.totalWasteMinutes : undefined;
  };
  const withIt = waste(all);
  const without = waste(others);
  const wasteSaved = withIt === undefined || without === undefined ? 0 : without - withIt;
  return { card, cost, wasteSaved, perPoint: cost > 0 ? wasteSaved / cost : wasteSaved > 0 ? Infinity : 0 };
}
