/**
 * A throwaway page for the floor's e2e tests: a game controller on the canteen (with test
 * cards), the floor mounted in a screen laid out like the game's, and everything exposed on
 * `window.harness` so a test can step the round and look. The clock is moved by the test only.
 */
import { GameController } from '../../../src/app/game-controller';
import { startAnimationLoop } from '../../../src/app/animation-loop';
import { mountFloor, type FloorHandle } from '../../../src/render';
import { parseLevel, snapshotAt } from '../../../src/sim';
import { canteenWithTestCards, shippedCanteen } from './fixture-level';

const params = new URLSearchParams(location.search);
const layout = params.get('layout');
if (layout === 'full' || layout === 'small') document.getElementById('screen')?.classList.add(layout);
const lang = params.get('lang') === 'en' ? 'en' : 'ru';

const parsed = parseLevel(params.get('level') === 'shipped' ? shippedCanteen() : canteenWithTestCards());
if (!parsed.ok) throw new Error(`fixture level is broken: ${JSON.stringify(parsed.issues)}`);
const level = parsed.level;

const controller = new GameController();
const container = document.getElementById('floor') as HTMLElement;
let floor: FloorHandle | undefined = mountFloor(container, controller, { lang });

const harness = {
  controller,
  level,
  get floor() {
    return floor;
  },
  start(rounds = 3): void {
    controller.startLevel(level, { rounds, seed: 7 });
  },
  remount(l: 'ru' | 'en' = lang): void {
    floor?.destroy();
    floor = mountFloor(container, controller, { lang: l });
  },
  /** Lets the round play in real time, as the app does. */
  play(): () => void {
    return startAnimationLoop(controller);
  },
  /** Frames per second the page gets over `ms`, counted by requestAnimationFrame. */
  async fps(ms = 2000): Promise<number> {
    let frames = 0;
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const f = () => {
        frames++;
        if (performance.now() - start < ms) requestAnimationFrame(f);
        else resolve();
      };
      requestAnimationFrame(f);
    });
    return (frames * 1000) / (performance.now() - start);
  },
  /** Where the units are now (tile coordinates), from the core. */
  unitsNow(): { unit: number; x: number; y: number }[] {
    const tl = controller.view.timeline;
    return tl ? snapshotAt(tl, controller.view.clock.t).units.map((u) => ({ unit: u.unit, x: u.x, y: u.y })) : [];
  },
  destroy(): void {
    floor?.destroy();
    floor = undefined;
  },
};
(window as unknown as { harness: typeof harness }).harness = harness;
document.body.dataset.ready = 'true';
