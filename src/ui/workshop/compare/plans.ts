/**
 * The two plans being compared, as the page edits them. A plan is either built here (a list
 * of commands on the level's current state: cards ticked, stations moved) or fixed (a level
 * exactly as a lesson played or planned it, 5S decay included). Every change goes through the
 * core, which refuses what does not fit and says why; a refused change leaves the plan as it was.
 */
import { planLevel, type Command, type Level } from '../../../sim';

export type Side = 'a' | 'b';

export type PlanDraft =
  | { kind: 'built'; commands: readonly Command[] }
  | { kind: 'fixed'; level: Level; applied: readonly string[]; commands: readonly Command[] };

export type Change = { ok: true; plan: PlanDraft } | { ok: false; reason: string };

export const EMPTY_PLAN: PlanDraft = { kind: 'built', commands: [] };

/** The level this plan runs: the current state with its commands, or the fixed level. */
export function planLevelOf(base: Level, plan: PlanDraft): { ok: true; level: Level; applied: readonly string[] } | { ok: false; reason: string } {
  if (plan.kind === 'fixed') return { ok: true, level: plan.level, applied: plan.applied };
  const r = planLevel(base, plan.commands);
  return r.ok ? { ok: true, level: r.state.level, applied: r.state.applied } : { ok: false, reason: r.reason };
}

function rebuilt(base: Level, commands: readonly Command[]): Change {
  const r = planLevel(base, commands);
  return r.ok ? { ok: true, plan: { kind: 'built', commands } } : { ok: false, reason: r.reason };
}

/** Tick a card on (added last) or off (the others replayed: a card another one needs cannot go). */
export function toggleCard(base: Level, plan: PlanDraft, card: string, on: boolean): Change {
  const commands = plan.kind === 'built' ? plan.commands : [];
  const has = commands.some((c) => c.type === 'applyCard' && c.card === card);
  if (on === has) return { ok: true, plan };
  if (on) return rebuilt(base, [...commands, { type: 'applyCard', card }]);
  return rebuilt(
    base,
    commands.filter((c) => !(c.type === 'applyCard' && c.card === card)),
  );
}

export function addMove(base: Level, plan: PlanDraft, station: string, x: number, y: number): Change {
  const commands = plan.kind === 'built' ? plan.commands : [];
  return rebuilt(base, [...commands, { type: 'moveStation', station, x, y }]);
}

/** Take one command out; the rest are replayed, so a card that another needs is refused. */
export function removeCommand(base: Level, plan: PlanDraft, index: number): Change {
  const commands = plan.kind === 'built' ? plan.commands : [];
  return rebuilt(
    base,
    commands.filter((_, i) => i !== index),
  );
}

/** A fixed plan from the lesson turned into cards and moves on the current state (the decay is not repeated). */
export function unfix(base: Level, plan: PlanDraft): Change {
  if (plan.kind === 'built') return { ok: true, plan };
  return rebuilt(base, plan.commands);
}

export function hasCard(plan: PlanDraft, card: string): boolean {
  return plan.kind === 'built' ? plan.commands.some((c) => c.type === 'applyCard' && c.card === card) : plan.applied.includes(card);
}
