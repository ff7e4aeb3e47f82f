/**
 * The one floor a shell (the game, a lesson) shows at a time. A screen claims it while being
 * drawn; the same floor survives a redraw of the same mode (a language switch), and a screen
 * drawn without claiming it lets it go (the next phase gets a new one).
 */
import type { GameController } from '../../app/game-controller';
import type { Lang } from '../i18n';
import { FloorHost, type FloorMode } from './floor';

export class FloorSlot {
  private host: FloorHost | undefined;
  private claimed = false;

  constructor(
    private readonly controller: GameController,
    private readonly lang: () => Lang,
  ) {}

  /** the floor on screen, if any */
  get current(): FloorHost | undefined {
    return this.host;
  }

  /** Before a screen is built: it has not claimed the floor yet. */
  beginDraw(): void {
    this.claimed = false;
  }

  claim(mode: FloorMode): FloorHost {
    if (!this.host || this.host.mode !== mode) {
      this.host?.destroy();
      this.host = new FloorHost(this.controller, this.lang(), mode);
    }
    this.claimed = true;
    return this.host;
  }

  /** After a screen is built: a floor it did not claim is destroyed. */
  endDraw(): void {
    if (!this.claimed) this.destroy();
  }

  destroy(): void {
    this.host?.destroy();
    this.host = undefined;
  }
}
