/**
 * A small API on `window.miniProcessFactory` for methodologists working in the browser's
 * console (and for the test that checks the core gives the same bytes in the browser as
 * in Node): run any shipped level headless with a seed and a plan.
 */
import { planFile, runRounds } from '../sim';
import type { LevelEntry } from './level-registry';

export interface ConsoleApi {
  levels(): string[];
  /** The same JSON as `npm run sim -- <level> --seed N --rounds K --plan p.json --json`. */
  runRounds(levelId: string, options?: { seed?: number; rounds?: number; plan?: unknown }): string;
}

export function createConsoleApi(entries: readonly LevelEntry[]): ConsoleApi {
  return {
    levels: () => entries.filter((e) => e.ok).map((e) => e.id),
    runRounds(levelId, options = {}) {
      const entry = entries.find((e) => e.id === levelId);
      if (!entry?.ok) throw new Error(`no playable level "${levelId}"`);
      const plan = options.plan === undefined ? undefined : planFile.parse(options.plan);
      const seed = options.seed ?? 1;
      const rounds = options.rounds ?? Math.max(1, plan?.rounds.length ?? 1);
      const result = runRounds(entry.level, { seed, rounds, plan });
      if (!result.ok) throw new Error(`round ${result.round}, command ${result.index + 1}: ${result.reason}`);
      return `${JSON.stringify({ level: entry.level.id, seed, rounds: result.rounds }, null, 2)}\n`;
    },
  };
}
