/**
 * "Run now": one round of the draft, simulated at once, reported exactly as the CLI's
 * `npm run sim -- <file> --seed N --json` reports it, so the two can be compared byte for byte.
 */
import { runRounds, type LevelIssue, type RoundMetrics } from '../../sim';
import { validateDraft, type Draft } from './draft';

export type DraftRun =
  | { ok: true; seed: number; metrics: RoundMetrics; json: string }
  | { ok: false; issues: LevelIssue[] };

export function runDraft(draft: Draft, seed: number): DraftRun {
  const check = validateDraft(draft);
  if (!check.ok) return { ok: false, issues: check.issues };
  const result = runRounds(check.level, { seed, rounds: 1 });
  if (!result.ok) return { ok: false, issues: [{ path: '$', message: result.reason }] };
  const round = result.rounds[0];
  if (!round) return { ok: false, issues: [{ path: '$', message: 'no round was played' }] };
  const json = `${JSON.stringify({ level: check.level.id, seed, rounds: result.rounds }, null, 2)}\n`;
  return { ok: true, seed, metrics: round.metrics, json };
}
