/**
 * The keys of a round being watched — Space pause, ← → step, End results, 1 2 4 speed — for
 * every shell that shows a round (the game, a lesson). Returns whether the key was one of them.
 */
import type { GameController } from '../app/game-controller';

export function playbackKey(e: KeyboardEvent, controller: GameController, act: (fn: () => void) => () => void): boolean {
  switch (e.key) {
    case ' ':
    case 'Spacebar':
      if (!e.repeat) act(() => controller.togglePause())();
      return true;
    case 'ArrowLeft':
      act(() => controller.step(-1))();
      return true;
    case 'ArrowRight':
      act(() => controller.step(1))();
      return true;
    case 'End':
      act(() => controller.skipToResults())();
      return true;
    case '1':
    case '2':
    case '4':
      act(() => controller.setSpeed(Number(e.key) as 1 | 2 | 4))();
      return true;
    default:
      return false;
  }
}
