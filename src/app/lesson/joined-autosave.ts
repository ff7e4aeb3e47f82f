/**
 * Keeps a joined lesson saved on the pupil's computer as the team plays: at every phase change
 * and every kaizen change, and — while a round plays on the floor — every second of playback and
 * at once on pause, speed or a step, so a reload or a crash goes back to where the round stood.
 * (A round runs at 30× or more: a bound in simulated seconds would mean a write every frame.)
 * Time comes in through `now`, so a test drives it with a simulated clock.
 */
import type { GameController, GameView } from '../game-controller';
import { saveJoined, type JoinedPlayback } from './joined-save';
import type { StorageLike } from './saves';

export const SAVE_JOINED_PLAYBACK_EVERY_MS = 1000;

export function autosaveJoined(game: GameController, storage: StorageLike, clock: { now(): number; iso(): string }): { flush(): void; stop(): void } {
  let last: { at: number; playback: JoinedPlayback | undefined } | undefined;

  const save = (view: GameView): void => {
    const lesson = view.lesson;
    if (!lesson) return;
    const pending = view.phase === 'kaizen' && view.session ? [...view.session.phaseCommands] : undefined;
    const playback: JoinedPlayback | undefined =
      view.phase === 'round' || view.phase === 'results' ? { phase: view.phase, t: view.clock.t, speed: view.clock.speed, paused: view.phase === 'round' && view.clock.paused } : undefined;
    saveJoined(storage, {
      settings: lesson.settings,
      kaizen: lesson.kaizen.map((p) => [...p]),
      ...(pending ? { pending } : {}),
      ...(lesson.team === undefined ? {} : { team: lesson.team }),
      ...(playback ? { playback } : {}),
      savedAt: clock.iso(),
    });
    last = { at: clock.now(), playback };
  };

  const stop = game.subscribe((view, change) => {
    if (!view.lesson) return;
    if (change === 'clock') {
      if (view.phase !== 'round') return;
      const p = last?.playback;
      // The pupil's own pause, speed or step is kept at once; the running clock once a second.
      const chosen = !p || view.clock.paused !== p.paused || view.clock.speed !== p.speed || (view.clock.paused && view.clock.t !== p.t);
      if (!chosen && clock.now() - (last?.at ?? 0) < SAVE_JOINED_PLAYBACK_EVERY_MS) return;
    }
    save(view);
  });

  return { flush: () => save(game.view), stop };
}
