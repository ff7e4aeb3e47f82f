/**
 * Continues a joined lesson on the pupil's computer from its save: the team's rounds are
 * replayed from its kaizen phases (deterministic, so the figures are the ones it saw), then the
 * game stands at the next kaizen (with the changes already made in it) — or at the debrief when every round has been played.
 */
import { applySessionCommand, debrief, openKaizen, type Level, type Session } from '../../sim';
import { lessonLevel, replayTeam } from '../../sim/lesson';
import type { GameController } from '../game-controller';
import type { JoinedLesson } from './joined-save';

export function resumeJoined(game: GameController, level: Level, saved: JoinedLesson): { ok: true } | { ok: false; reason: string } {
  let r: ReturnType<typeof replayTeam>;
  try {
    r = replayTeam(level, saved.settings, saved.kaizen);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!r.ok) return { ok: false, reason: r.reason };
  const played = lessonLevel(level, saved.settings);
  const lesson = { settings: saved.settings, kaizen: saved.kaizen, ...(saved.team === undefined ? {} : { team: saved.team }) };
  if (r.session.played.length >= saved.settings.rounds) {
    game.present({ phase: 'debrief', level: played, session: r.session, debrief: debrief(r.session), lesson });
  } else {
    // The changes of the kaizen phase under way when the page went: each is checked again, as a click would be.
    let session: Session = openKaizen(r.session);
    for (const cmd of saved.pending ?? []) {
      const applied = applySessionCommand(session, cmd);
      if (applied.ok) session = applied.session;
    }
    game.present({ phase: 'kaizen', level: played, session, lesson });
  }
  return { ok: true };
}
