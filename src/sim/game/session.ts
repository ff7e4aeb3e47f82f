/**
 * A level played as a lesson: rounds on the same random numbers, kaizen between them under
 * the level's budget and decay rules, and the debrief figures at the end. Immutable: every
 * function returns a new session and never changes its input. No clock, no storage.
 */
import type { Level } from '../level/schema';
import { applyCommand, initialPlanState, type Command, type PlanState } from '../commands/commands';
import { betweenRounds, startingBudget } from '../commands/between-rounds';
import { simulateRound } from '../run';
import type { RoundMetrics } from '../metrics/round-metrics';
import type { RunState } from '../engine/engine';

export interface PlayedRound {
  round: number;
  /** cards in force during the round, in the order applied */
  applied: readonly string[];
  /** the level as it was played (after the plan's changes) */
  level: Level;
  metrics: RoundMetrics;
}

export interface Session {
  level: Level;
  seed: number;
  totalRounds: number;
  /** the plan for the next round */
  plan: PlanState;
  /** the plan as it stood when the current kaizen phase opened (cards can be taken back to here) */
  phaseStart: PlanState;
  /** commands given in the current kaizen phase, in order */
  phaseCommands: readonly Command[];
  /** every command kept, in all phases, in order */
  history: readonly Command[];
  played: readonly PlayedRound[];
}

export function startSession(level: Level, options: { seed: number; rounds: number }): Session {
  const plan = initialPlanState(level, startingBudget(level));
  return { level, seed: options.seed, totalRounds: options.rounds, plan, phaseStart: plan, phaseCommands: [], history: [], played: [] };
}

/** Every command in force: those of closed phases and of the current one. */
export function allCommands(s: Session): readonly Command[] {
  return [...s.history, ...s.phaseCommands];
}

export function isFinished(s: Session): boolean {
  return s.played.length >= s.totalRounds;
}

/** Simulate the next round with the current plan; the run is traced for drawing. */
export function playNextRound(s: Session): { session: Session; round: PlayedRound; run: RunState } {
  if (isFinished(s)) throw new Error('all rounds of this session have been played');
  const { metrics, run } = simulateRound(s.plan.level, s.seed, true);
  const round: PlayedRound = { round: s.played.length + 1, applied: s.plan.applied, level: s.plan.level, metrics };
  return { session: { ...s, played: [...s.played, round] }, round, run };
}

/** After a round's results: the budget for the next round arrives and 5S gains fade. */
export function openKaizen(s: Session): Session {
  const plan = betweenRounds(s.plan, s.level);
  return { ...s, plan, phaseStart: plan, phaseCommands: [], history: [...s.history, ...s.phaseCommands] };
}

export type SessionResult = { ok: true; session: Session } | { ok: false; reason: string };

/** A kaizen change (apply a card, move a station), validated by the core. */
export function applySessionCommand(s: Session, cmd: Command): SessionResult {
  const r = applyCommand(s.plan, cmd);
  if (!r.ok) return r;
  return { ok: true, session: { ...s, plan: r.state, phaseCommands: [...s.phaseCommands, cmd] } };
}

/** Take back a change made in this kaizen phase: the others are replayed from the phase start. */
export function takeBack(s: Session, index: number): SessionResult {
  const rest = s.phaseCommands.filter((_, i) => i !== index);
  let plan = s.phaseStart;
  for (const cmd of rest) {
    const r = applyCommand(plan, cmd);
    if (!r.ok) return { ok: false, reason: `without that change, another one no longer fits: ${r.reason}` };
    plan = r.state;
  }
  return { ok: true, session: { ...s, plan, phaseCommands: rest } };
}

/** A quick forecast of the next round with the plan as it stands, for the kaizen screen. */
export function forecast(s: Session): RoundMetrics {
  return simulateRound(s.plan.level, s.seed).metrics;
}
