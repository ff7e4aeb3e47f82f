/**
 * The floor plan, drawn with Phaser. It only draws what `controller.view` says and turns
 * pointer input into commands (`moveStation` when a station is dropped in kaizen).
 *
 *   const floor = mountFloor(element, controller, { lang: 'ru' });
 *   floor.setLang('en');
 *   floor.destroy();
 *
 * Test hooks on the container: `data-renderer` (canvas | webgl) and `data-renderer-why`
 * (forced | software | no-webgl | gpu), `data-floor-ready` ('true'
 * once the first frame of a phase is drawn), `data-floor-phase` (the phase that frame shows),
 * `data-units` (units drawn now), `data-selected-unit`, `data-plan-box` ("left top tile": where
 * tile (0,0) starts and how big a tile is, in CSS px from the container's top-left, to aim a
 * pointer), `data-draws` (frames drawn so far, in steps of 5), and `data-detail` — also on
 * `<body>` once a floor has been shown — the detail level (full | lean | low | minimal, see
 * detail-levels.ts): it steps down by itself when frames come too slowly during a round and
 * back up when they are quick again; `?detail=<level>` in the URL fixes it.
 */
import * as Phaser from 'phaser';
import type { GameController } from '../app/game-controller';
import { DEFAULT_MONITOR, DetailMonitor, isDetail, type Detail } from './detail-monitor';
import { FloorScene, type Lang } from './floor-scene';
import { releasePooledCanvases, trackDocumentListeners } from './phaser-leaks';
import { chooseRenderer } from './renderer-choice';

export { paintUnitLook } from './atlas';
export { UNIT as UNIT_COLOURS, type UnitLook } from './palette';

export interface FloorHandle {
  destroy(): void;
  setLang(lang: 'ru' | 'en'): void;
  /**
   * Kaizen: marks the tile the UI's keyboard move control would put a station on (green
   * square if it looks free, red square with a cross if not); undefined clears it.
   */
  setMoveTarget?(target: { station: string; x: number; y: number } | undefined): void;
  /** Rings a unit chosen outside the plan (the keyboard's "next person"); no callback. */
  selectUnit?(unit: number | undefined): void;
}

export interface FloorOptions {
  lang: 'ru' | 'en';
  /** called when the player clicks a unit on the plan (undefined: clicked away) */
  onSelectUnit?: (unit: number | undefined) => void;
  /** called when a click in a round hits no unit, with the tile under it */
  onPickTile?: (x: number, y: number) => void;
}

const FALLBACK_FONTS = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

function fontOf(el: HTMLElement): string {
  const f = getComputedStyle(el).fontFamily;
  return f && f.trim().length > 0 ? f : FALLBACK_FONTS;
}

function detailFromUrl(): Detail | undefined {
  const v = new URLSearchParams(location.search).get('detail');
  return isDetail(v) ? v : undefined;
}

/**
 * One judge of frame times for the page: the floor is mounted anew on every screen, and a PC
 * that was slow in the last round will be in the next one, so it starts where the last left off.
 */
let pageMonitor: DetailMonitor | undefined;

/** The probe opens a WebGL context: once per page is enough. */
let cachedChoice: ReturnType<typeof chooseRenderer> | undefined;

export function mountFloor(container: HTMLElement, controller: GameController, options: FloorOptions): FloorHandle {
  const choice = (cachedChoice ??= chooseRenderer());
  const forced = detailFromUrl();
  const monitor = (pageMonitor ??= new DetailMonitor(DEFAULT_MONITOR));
  const ds = container.dataset;
  ds.renderer = choice.kind;
  ds.rendererWhy = choice.reason;
  ds.floorReady = 'false';
  ds.units = '0';
  // The canvas is laid over the container; it must not push the container's size.
  if (getComputedStyle(container).position === 'static') container.style.position = 'relative';
  container.style.overflow = 'hidden';

  const scene = new FloorScene({
    container,
    controller,
    lang: options.lang as Lang,
    fontFamily: fontOf(container),
    detail: forced ?? monitor.level,
    onSelectUnit: options.onSelectUnit,
    onPickTile: options.onPickTile,
  });
  const rect = container.getBoundingClientRect();
  scene.resizeTo(Math.max(1, Math.round(rect.width)), Math.max(1, Math.round(rect.height)));

  const game = new Phaser.Game({
    type: choice.kind === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    // Our own canvas, not one from Phaser's page-wide pool: a pooled canvas goes back to the
    // pool with the input listeners of its game still on it, and they would keep that game
    // (and the screen it was drawn on) alive for as long as the page is open.
    canvas: document.createElement('canvas'),
    parent: container,
    width: Math.max(1, Math.round(rect.width)),
    height: Math.max(1, Math.round(rect.height)),
    transparent: true,
    banner: false,
    autoFocus: false,
    disableContextMenu: true,
    antialias: true,
    roundPixels: true,
    audio: { noAudio: true },
    // keys are the UI's; the wheel keeps scrolling the page
    input: { keyboard: false, gamepad: false, mouse: { preventDefaultWheel: false }, touch: true },
    scale: { mode: Phaser.Scale.NONE, zoom: 1, autoCenter: Phaser.Scale.NO_CENTER, expandParent: false },
    fps: { target: 60 },
    scene: scene,
    callbacks: {
      postBoot: (g) => {
        const canvas = g.canvas;
        canvas.style.position = 'absolute';
        canvas.style.left = '0';
        canvas.style.top = '0';
        canvas.style.display = 'block';
        canvas.style.touchAction = 'none';
        canvas.setAttribute('aria-hidden', 'true');
      },
    },
  });
  const removeDocumentListeners = trackDocumentListeners(game);

  const observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]?.contentRect;
    if (box) scene.resizeTo(Math.max(1, Math.round(box.width)), Math.max(1, Math.round(box.height)));
  });
  observer.observe(container);

  // A bundled web font that finishes loading after the first drawing: draw the labels again.
  const onFonts = (): void => scene.setFontFamily(fontOf(container));
  document.fonts?.addEventListener?.('loadingdone', onFonts);

  // The scene lets Phaser's loop sleep in the menu and the debrief (nothing to draw); any
  // change of phase wakes it.
  const unsubscribe = controller.subscribe((_view, change) => {
    if (change !== 'phase') return;
    const loop = game.loop;
    if (loop && !loop.running && game.isBooted) loop.wake();
  });

  // The browser's frames (not Phaser's, which may be limited to fewer) while a round plays.
  const body = document.body.dataset;
  body.detail = forced ?? monitor.level;
  let watching = requestAnimationFrame(function watch(now: number): void {
    watching = requestAnimationFrame(watch);
    const view = controller.view;
    if (forced || view.phase !== 'round' || view.clock.paused || document.visibilityState !== 'visible') {
      monitor.pause();
      return;
    }
    const changed = monitor.frame(now);
    if (changed) {
      scene.setDetail(changed);
      body.detail = changed;
    }
  });

  let destroyed = false;
  return {
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      cancelAnimationFrame(watching);
      monitor.pause();
      unsubscribe();
      observer.disconnect();
      document.fonts?.removeEventListener?.('loadingdone', onFonts);
      scene.shutdownScene();
      // Phaser leaves the WebGL context to the garbage collector; browsers allow only a few
      // at once, and the floor may be mounted anew for each screen: give it back now.
      const renderer = game.renderer as { gl?: WebGLRenderingContext } | null;
      const gl = renderer?.gl;
      if (gl) game.events.once(Phaser.Core.Events.DESTROY, () => setTimeout(() => gl.getExtension('WEBGL_lose_context')?.loseContext(), 0));
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        releasePooledCanvases(game);
        removeDocumentListeners();
      });
      game.destroy(true);
      // Phaser finishes destroying on its next step: a sleeping loop must take one
      if (game.loop && !game.loop.running && game.isBooted) game.loop.wake();
      delete ds.floorReady;
      delete ds.floorPhase;
      delete ds.units;
      delete ds.selectedUnit;
    },
    setLang(lang: 'ru' | 'en'): void {
      scene.lang = lang;
    },
    setMoveTarget(target): void {
      scene.moveTarget = target ? { ...target } : undefined;
    },
    selectUnit(unit): void {
      scene.showSelected(unit);
    },
  };
}
