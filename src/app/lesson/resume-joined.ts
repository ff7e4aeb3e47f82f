/**
 * Continues a joined lesson on the pupil's computer from its save: the team's rounds are
 * replayed from its kaizen phases (deterministic, so the figures are the ones it saw), then the
 * game stands where the page went — the last round on the floor at its saved second, or its
 * results — or else at the next kaizen (with the changes already made in it), or at the debrief
 * when every round has been played.
 */
import { applySessionCommand, buildTimeline, debrief, openKaizen, simulateRound, valueStream, type Level, type Session } from '../../sim';
import { lessonLevel, replayTeam } from '../../sim/lesson';
import type { GameController } from '../game-controller';
import type { JoinedLesson, JoinedPlayback } from './joined-save';

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
  if (saved.playback) {
    presentOnFloor(game, played, r.session, saved.settings.seed, saved.playback, lesson);
  } else if (r.session.played.length >= saved.settings.rounds) {
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

/** The last round on the floor at its saved position (its results, if it had been played to the end), with every round's traced run. */
function presentOnFloor(game: GameController, level: Level, session: Session, seed: number, at: JoinedPlayback, lesson: NonNullable<GameController['view']['lesson']>): void {
  const runs = session.played.map((p) => simulateRound(p.level, seed, true).run);
  const timelines = runs.slice(-2).map(buildTimeline);
  const timeline = timelines[timelines.length - 1];
  if (!timeline) throw new Error('no round has been played');
  const ended = at.phase === 'results' || at.t >= timeline.duration;
  game.present({
    phase: ended ? 'results' : 'round',
    level,
    session,
    timeline,
    previousTimeline: timelines.length > 1 ? timelines[0] : undefined,
    valueStreams: runs.map(valueStream),
    lesson,
    clock: ended ? { t: timeline.duration, speed: at.speed, paused: false } : { t: at.t, speed: at.speed, paused: at.paused },
  });
}
