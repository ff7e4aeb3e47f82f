/**
 * The game controller of the team on show in a lesson: the existing round, results and kaizen
 * screens and the floor read it exactly as in a single game. What differs is who moves the
 * lesson on (the lesson, not the team's screen) and where a kaizen change is kept (the
 * team's record in the lesson, saved at once).
 */
import type { Command } from '../../sim';
import { GameController } from '../game-controller';

export interface TeamGameHooks {
  /** the team screen's main button (start the round, on to the next phase) */
  next(): void;
  /** the menu button on a team screen: leave the lesson (it stays saved) */
  leave(): void;
  /** the commands of the open kaizen phase changed */
  kaizenChanged(commands: readonly Command[]): void;
}

export class TeamGame extends GameController {
  hooks: TeamGameHooks | undefined;

  override next(): void {
    // In a round, the main button skips to the team's results; everything else is the lesson's.
    if (this.view.phase === 'round') super.next();
    else this.hooks?.next();
  }

  override toMenu(): void {
    if (this.hooks) this.hooks.leave();
    else super.toMenu();
  }

  override apply(cmd: Command): boolean {
    const ok = super.apply(cmd);
    if (ok) this.hooks?.kaizenChanged(this.view.session?.phaseCommands ?? []);
    return ok;
  }

  override takeBack(index: number): boolean {
    const ok = super.takeBack(index);
    if (ok) this.hooks?.kaizenChanged(this.view.session?.phaseCommands ?? []);
    return ok;
  }
}
