/**
 * Running levels: one round, or a sequence of rounds with the plan's commands applied
 * before each. Every round of a level uses the same seed, so the differences between
 * rounds come from the changes, not from luck. Pure functions.
 */
import { z } from 'zod';
import type { Level } from './level/schema';
import { compileModel } from './engine/model';
import { runEngine, type RunState } from './engine/engine';
import { roundMetrics, type RoundMetrics } from './metrics/round-metrics';
import { applyCommands, command, initialPlanState, type Command, type PlanState } from './commands/commands';
import { betweenRounds, startingBudget } from './commands/between-rounds';

export const planFile = z
  .object({
    rounds: z.array(z.array(command)).describe('commands applied before round 1, 2, …'),
  })
  .strict();
export type Plan = z.infer<typeof planFile>;

export interface RoundReport {
  round: number;
  /** cards in force during the round */
  applied: readonly string[];
  metrics: RoundMetrics;
}

export function simulateRound(level: Level, seed: number, trace = false): { metrics: RoundMetrics; run: RunState } {
  const run = runEngine(compileModel(level), { seed, trace });
  return { metrics: roundMetrics(run), run };
}

export type RoundsResult =
  | { ok: true; rounds: RoundReport[]; final: PlanState }
  | { ok: false; round: number; index: number; reason: string };

/**
 * Rounds as a lesson plays them: before each round after the first, the level's kaizen rules
 * run (budget, 5S decay), then the plan's commands for that round.
 */
export function runRounds(level: Level, options: { seed: number; rounds: number; plan?: Plan }): RoundsResult {
  let state = initialPlanState(level, startingBudget(level));
  const rounds: RoundReport[] = [];
  for (let r = 0; r < options.rounds; r++) {
    if (r > 0) state = betweenRounds(state, level);
    const commands: Command[] = options.plan?.rounds[r] ?? [];
    const applied = applyCommands(state, commands);
    if (!applied.ok) return { ok: false, round: r + 1, index: applied.index, reason: applied.reason };
    state = applied.state;
    rounds.push({ round: r + 1, applied: state.applied, metrics: simulateRound(state.level, options.seed).metrics });
  }
  return { ok: true, rounds, final: state };
}
