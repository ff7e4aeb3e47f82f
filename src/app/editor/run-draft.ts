/**
 * "Run now": one round of the draft, simulated at once, reported exactly as the CLI's
 * `npm run sim -- <file> --seed N --json` reports it, so the two can be compared byte for byte.
 */
import { runRounds, type LevelIssue, type RoundMetrics } from '../../sim';
import { validateDraft, type Draft } from './draft';

/** Finished units per hour, or per day for a round that runs past midnight (an admission week, a month of documents). */
export interface ThroughputRate {
  per: 'hour' | 'day';
  value: number;
}

export type DraftRun =
  | { ok: true; seed: number; metrics: RoundMetrics; throughput: ThroughputRate; json: string }
  | { ok: false; issues: LevelIssue[] };

export function runDraft(draft: Draft, seed: number): DraftRun {
  const check = validateDraft(draft);
  if (!check.ok) return { ok: false, issues: check.issues };
  const result = runRounds(check.level, { seed, rounds: 1 });
  if (!result.ok) return { ok: false, issues: [{ path: '$', message: result.reason }] };
  const round = result.rounds[0];
  if (!round) return { ok: false, issues: [{ path: '$', message: 'no round was played' }] };
  const json = `${JSON.stringify({ level: check.level.id, seed, rounds: result.rounds }, null, 2)}\n`;
  return { ok: true, seed, metrics: round.metrics, throughput: throughputRate(round.metrics, check.level.clockStart), json };
}

/**
 * The rate that reads right for the round. Over several days the hourly rate spreads the
 * finished units over nights and weekends too, so a kindergarten's admission week reads
 * "0,2 per hour" and a month of documents "0,0": such rounds count per day (24 h of the
 * same span, the way the game's clock counts them: day 1, day 2, …).
 */
export function throughputRate(metrics: RoundMetrics, clockStart: number): ThroughputRate {
  const multiDay = clockStart + metrics.duration > 86400;
  return multiDay ? { per: 'day', value: metrics.throughputPerHour * 24 } : { per: 'hour', value: metrics.throughputPerHour };
}
