/**
 * The floor plan area of the Round and Kaizen screens. The Phaser renderer (src/render,
 * `mountFloor`) draws it when it is built into the game; it is loaded lazily, so the UI
 * neither waits for nor depends on it. When it is absent or fails (no WebGL on an old school
 * PC), a simple SVG plan stands in: the same tiles and stations, units as dots.
 */
import { snapshotAt, type Level, type Snapshot } from '../../sim';
import type { GameController, GameView } from '../../app/game-controller';
import { el, svg } from '../dom';
import { tr, type Lang } from '../i18n';
import { BUCKETS } from '../../sim';
import { centre, drawPlan, TILE } from './plan';

export interface FloorHandle {
  destroy(): void;
  setLang(lang: Lang): void;
  selectUnit?(unit: number | undefined): void;
}
type MountFloor = (
  container: HTMLElement,
  controller: GameController,
  options: { lang: Lang; onSelectUnit?: (unit: number | undefined) => void; onPickTile?: (x: number, y: number) => void },
) => FloorHandle;

// A glob, not an import: the build passes whether or not the renderer exists yet.
const renderModules = import.meta.glob<{ mountFloor?: MountFloor }>('../../render/index.ts');

export type FloorMode = 'round' | 'kaizen';

/** Starts fetching the renderer's code (Phaser is large) while the briefing is being read. */
export function preloadFloor(): void {
  const loader = Object.values(renderModules)[0];
  if (loader) void loader().catch(() => undefined);
}

export interface MoveTarget {
  station: string;
  x: number;
  y: number;
}

export class FloorHost {
  readonly el: HTMLElement;
  private handle: FloorHandle | undefined;
  private simple: SimpleFloor | undefined;
  private closed = false;
  private target: MoveTarget | undefined;
  /** kaizen, simple plan only: a tile was clicked (set by whichever screen shows the floor now) */
  pick: ((x: number, y: number) => void) | undefined;
  /** round: the player clicked a unit on the plan (undefined: clicked away) */
  selectUnit: ((unit: number | undefined) => void) | undefined;
  /** round: a click hit no unit; the tile under it (practice asks about stations and clutter) */
  pickTile: ((x: number, y: number) => void) | undefined;

  constructor(
    private readonly controller: GameController,
    private lang: Lang,
    readonly mode: FloorMode,
  ) {
    this.el = el('div', { class: 'floor', attrs: { 'data-testid': 'floor', 'data-floor': 'loading' } });
    this.el.append(el('p', { class: 'floor__loading muted', text: tr(lang, 'floorLoading'), attrs: { role: 'status' } }));
    void this.load();
  }

  private async load(): Promise<void> {
    const loader = Object.values(renderModules)[0];
    if (loader) {
      try {
        const mod = await loader();
        if (this.closed) return;
        if (typeof mod.mountFloor === 'function') {
          this.el.replaceChildren();
          this.handle = mod.mountFloor(this.el, this.controller, {
            lang: this.lang,
            onSelectUnit: (u) => this.selectUnit?.(u),
            onPickTile: (x, y) => this.pickTile?.(x, y),
          });
          this.el.dataset.floor = 'renderer';
          return;
        }
      } catch (error) {
        // Not fatal: the simple plan below still shows the round.
        console.warn('The floor renderer could not start; showing the simple plan instead.', error);
        try {
          this.handle?.destroy();
        } catch {
          /* already broken */
        }
        this.handle = undefined;
      }
    }
    if (this.closed) return;
    this.simple = new SimpleFloor(
      this.mode,
      (x, y) => this.pick?.(x, y),
      (unit) => this.selectUnit?.(unit),
      (x, y) => this.pickTile?.(x, y),
    );
    this.el.replaceChildren(this.simple.el);
    this.el.dataset.floor = 'simple';
    this.redraw();
  }

  private redraw(): void {
    this.simple?.draw(this.controller.view, this.lang, this.target);
  }

  onClock(view: GameView): void {
    this.simple?.update(view);
  }

  onSession(): void {
    this.redraw();
  }

  /** Ring a unit chosen outside the plan (by keyboard), without calling `selectUnit` back. */
  showUnit(unit: number | undefined): void {
    try {
      this.handle?.selectUnit?.(unit);
    } catch (error) {
      console.warn('The floor renderer could not show the chosen unit.', error);
    }
    this.simple?.setSelected(unit, this.controller.view);
  }

  /** The station/tile chosen in the keyboard move control, highlighted on the simple plan. */
  setTarget(target: MoveTarget | undefined): void {
    this.target = target;
    this.redraw();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    try {
      this.handle?.setLang(lang);
    } catch (error) {
      console.warn('The floor renderer could not switch language.', error);
    }
    this.redraw();
  }

  destroy(): void {
    this.closed = true;
    try {
      this.handle?.destroy();
    } catch (error) {
      console.warn('The floor renderer did not close cleanly.', error);
    }
    this.handle = undefined;
    this.simple = undefined;
  }
}

/** The stand-in plan: SVG tiles and stations; in a round, units as dots coloured and shaped by what they are doing. */
class SimpleFloor {
  readonly el = el('div', { class: 'floor__simple' });
  private dots: SVGCircleElement[] = [];
  private units: SVGGElement | undefined;
  private ring: SVGCircleElement | undefined;
  private level: Level | undefined;
  private snapshot: Snapshot | undefined;
  private selected: number | undefined;

  constructor(
    private readonly mode: FloorMode,
    private readonly onPick: (x: number, y: number) => void,
    private readonly onSelect: (unit: number | undefined) => void,
    private readonly onPickTile: (x: number, y: number) => void = () => undefined,
  ) {}

  setSelected(unit: number | undefined, view: GameView): void {
    this.selected = unit;
    this.update(view);
  }

  /** The point of the plan under a click, in tile units. */
  private static tileAt(plan: SVGSVGElement, event: MouseEvent): { x: number; y: number } | undefined {
    const m = plan.getScreenCTM();
    if (!m) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(m.inverse());
    return { x: p.x / TILE, y: p.y / TILE };
  }

  draw(view: GameView, lang: Lang, target: MoveTarget | undefined): void {
    const level = this.mode === 'round' ? view.timeline?.model.level : view.session?.plan.level;
    if (!level) return;
    this.level = level;
    const plan = drawPlan(level, lang, { label: tr(lang, 'floorLabel') });
    if (this.mode === 'round') {
      this.units = svg('g', { class: 'plan__units' });
      this.ring = svg('circle', { class: 'plan__ring', r: 4.6, display: 'none' });
      this.dots = [];
      plan.overlay.append(this.units, this.ring);
      // Click a dot to follow that unit; click elsewhere to stop.
      plan.svg.addEventListener('click', (event) => {
        const at = SimpleFloor.tileAt(plan.svg, event);
        if (!at || !this.snapshot) return;
        let best: number | undefined;
        let bestD = 0.8 * 0.8;
        for (const u of this.snapshot.units) {
          const d = (u.x + 0.5 - at.x) ** 2 + (u.y + 0.5 - at.y) ** 2;
          if (d < bestD) {
            bestD = d;
            best = u.unit;
          }
        }
        if (best === undefined) this.onPickTile(Math.floor(at.x), Math.floor(at.y));
        // Practice asks again about the unit clicked again; elsewhere a second click lets go of it.
        this.selected = best === this.selected && !view.practice ? undefined : best;
        this.onSelect(this.selected);
        this.update(view);
      });
      this.el.replaceChildren(plan.svg);
      this.update(view);
      return;
    }
    if (target) {
      const station = level.stations.find((s) => s.id === target.station);
      if (station) {
        plan.overlay.append(
          svg('rect', { class: 'plan__selected', x: station.x * TILE, y: station.y * TILE, width: TILE, height: TILE }),
          svg('line', {
            class: 'plan__move-line',
            x1: centre(station.x),
            y1: centre(station.y),
            x2: centre(target.x),
            y2: centre(target.y),
          }),
          svg('rect', { class: 'plan__target', x: target.x * TILE + 0.75, y: target.y * TILE + 0.75, width: TILE - 1.5, height: TILE - 1.5 }),
        );
      }
    }
    plan.svg.addEventListener('click', (event) => {
      const at = SimpleFloor.tileAt(plan.svg, event);
      if (!at) return;
      const x = Math.floor(at.x);
      const y = Math.floor(at.y);
      if (x >= 0 && y >= 0 && y < level.floor.tiles.length) this.onPick(x, y);
    });
    this.el.replaceChildren(plan.svg);
  }

  update(view: GameView): void {
    if (this.mode !== 'round' || !this.units || !view.timeline || view.timeline.model.level !== this.level) return;
    const snap = snapshotAt(view.timeline, view.clock.t);
    this.snapshot = snap;
    const units = this.units;
    while (this.dots.length < snap.units.length) {
      const c = svg('circle', { r: 2.6 });
      units.append(c);
      this.dots.push(c);
    }
    this.dots.forEach((dot, i) => {
      const u = snap.units[i];
      if (!u) {
        if (dot.getAttribute('display') !== 'none') dot.setAttribute('display', 'none');
        return;
      }
      dot.removeAttribute('display');
      dot.setAttribute('cx', centre(u.x).toFixed(1));
      dot.setAttribute('cy', centre(u.y).toFixed(1));
      const cls = `unit bucket-dot--${BUCKETS[u.bucket] ?? 'value'}`;
      if (dot.getAttribute('class') !== cls) dot.setAttribute('class', cls);
    });
    const followed = this.selected === undefined ? undefined : snap.units.find((u) => u.unit === this.selected);
    if (this.ring) {
      if (followed) {
        this.ring.removeAttribute('display');
        this.ring.setAttribute('cx', centre(followed.x).toFixed(1));
        this.ring.setAttribute('cy', centre(followed.y).toFixed(1));
      } else this.ring.setAttribute('display', 'none');
    }
  }
}
