/**
 * Re-running a team's lesson from its kaizen plan alone: round 1 on the current state, then
 * for each kaizen phase the budget arrives, the team's commands are applied in order and the
 * next round is played. Deterministic, so the teacher's computer gets the team's own figures.
 */
import type { Level } from '../level/schema';
import type { Command } from '../commands/commands';
import { applySessionCommand, openKaizen, playNextRound, startSession, type Session } from '../game/session';
import { lessonLevel, settingsProblems, type LessonSettings } from './settings';

export type ReplayResult =
  | { ok: true; session: Session }
  /** phase: the kaizen phase (0 = after round 1); index: the refused command in it (-1: the plan as a whole) */
  | { ok: false; reason: string; phase: number; index: number };

/** kaizen[i] = commands kept in the i-th kaizen phase (after round i+1). Replays 1 + kaizen.length rounds. */
export function replayTeam(level: Level, settings: LessonSettings, kaizen: readonly (readonly Command[])[]): ReplayResult {
  const problems = settingsProblems(settings);
  if (problems.length > 0) return { ok: false, reason: `the lesson settings are wrong: ${problems.join('; ')}`, phase: -1, index: -1 };
  if (kaizen.length > settings.rounds - 1) {
    return {
      ok: false,
      reason: `the plan has ${kaizen.length} kaizen phases, but a lesson of ${settings.rounds} rounds has at most ${settings.rounds - 1}`,
      phase: kaizen.length - 1,
      index: -1,
    };
  }
  let session = playNextRound(startSession(lessonLevel(level, settings), { seed: settings.seed, rounds: settings.rounds })).session;
  for (const [phase, commands] of kaizen.entries()) {
    session = openKaizen(session);
    for (const [index, cmd] of commands.entries()) {
      const r = applySessionCommand(session, cmd);
      if (!r.ok) return { ok: false, reason: r.reason, phase, index };
      session = r.session;
    }
    session = playNextRound(session).session;
  }
  return { ok: true, session };
}
