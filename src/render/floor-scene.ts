/**
 * The floor scene: reads the controller's view every frame and draws it. It never changes
 * game state except through `controller.apply` when a station is dropped in kaizen.
 *
 * Layers (depth): 0 the still plan (one texture), 1 station counters and service points,
 * 2 units, 3 the selected unit's ring, 4 station plates and badges, 5 the drop target,
 * 6 drag handles.
 */
import * as Phaser from 'phaser';
import { ACTIVITY, BUCKETS, snapshotAt, type Level, type Snapshot, type Timeline } from '../sim';
import { compileModel } from '../sim/engine/model';
import { isWalkable, tileAt } from '../sim/floor/plan';
import { placeSlots } from '../sim/playback/slots';
import type { GameController, GameView } from '../app/game-controller';
import { atlasSizes, buildAtlas, RING_FRAME, signFrame, UNIT_FRAME, type StationIconRequest } from './atlas';
import { drawFloor, type FloorLabel } from './floor-canvas';
import { DETAIL_PROFILES } from './detail-levels';
import type { Detail } from './detail-monitor';
import { Coverage, effectiveDpr, fitPlan, placeInside, placeLabel, placeLabelIfFits, type Geometry, type TileRect } from './layout';
import { DROP_BAD, DROP_OK, hexToNumber, INK, signBadges, type UnitLook } from './palette';
import { planInfo, routeLegs, signsOf, type PlanInfo, type Sign } from './plan-info';
import { firstLetter, plateMetrics, StationObject, wrapName, type PlateStyle } from './stations';

export type Lang = 'ru' | 'en';
type Mode = 'hidden' | 'briefing' | 'kaizen' | 'live';

export interface SceneHooks {
  container: HTMLElement;
  controller: GameController;
  lang: Lang;
  fontFamily: string;
  /** the detail level to start at (see detail-levels.ts); `setDetail` changes it */
  detail: Detail;
  onSelectUnit: ((unit: number | undefined) => void) | undefined;
  /** a click in a round that hit no unit: the tile under it (practice asks about stations and clutter) */
  onPickTile?: ((x: number, y: number) => void) | undefined;
}

const DEFECTS = BUCKETS.indexOf('defects');
const VALUE = BUCKETS.indexOf('value');
/** Drawn frames between updates of the container's `data-draws` counter (a test hook). */
const DRAWS_PER_REPORT = 5;

function modeOf(phase: GameView['phase']): Mode {
  if (phase === 'round' || phase === 'results') return 'live';
  if (phase === 'kaizen') return 'kaizen';
  if (phase === 'briefing') return 'briefing';
  return 'hidden';
}

function levelFor(view: GameView, mode: Mode): Level | undefined {
  if (mode === 'live') return view.timeline?.model.level;
  if (mode === 'kaizen') return view.session?.plan.level;
  if (mode === 'briefing') return view.level;
  return undefined;
}

const NO_CARDS: readonly string[] = [];

function appliedFor(view: GameView, mode: Mode): readonly string[] {
  if (mode === 'kaizen') return view.session?.plan.applied ?? NO_CARDS;
  if (mode === 'live') {
    const played = view.session?.played;
    return played?.[played.length - 1]?.applied ?? NO_CARDS;
  }
  return NO_CARDS;
}

export class FloorScene extends Phaser.Scene {
  private hooks: SceneHooks;
  lang: Lang;
  /** container size in CSS px, from the ResizeObserver */
  cssW = 0;
  cssH = 0;
  private sizeDirty = true;
  fontGeneration = 0;

  // what the current drawing was made from
  private drawn: {
    level: Level | undefined;
    mode: Mode;
    applied: readonly string[];
    lang: Lang;
    cssW: number;
    cssH: number;
    dpr: number;
    fontGeneration: number;
    /** the canvas's pixels per CSS pixel */
    pixelRatio: number;
  } = { level: undefined, mode: 'hidden', applied: NO_CARDS, lang: 'ru', cssW: 0, cssH: 0, dpr: 0, fontGeneration: -1, pixelRatio: 0 };
  private geom: Geometry | undefined;
  private info: PlanInfo | undefined;
  private atlasKey = '';
  private atlasSignature = '';
  private atlasGen = 0;
  private floorTexture: Phaser.Textures.CanvasTexture | undefined;
  private floorImage: Phaser.GameObjects.Image | undefined;
  private stations: StationObject[] = [];
  private units: Phaser.GameObjects.Image[] = [];
  private unitFrames: string[] = [];
  private unitCount = -1;
  private ring: Phaser.GameObjects.Image | undefined;
  private dropMark: Phaser.GameObjects.Graphics | undefined;
  private selected: number | undefined;

  // live playback
  private timeline: Timeline | undefined;
  private isDocument: boolean[] = [];
  private snapshotT = Number.NaN;
  private snapshot: Snapshot | undefined;
  private searching: Uint8Array = new Uint8Array(0);

  // readiness for tests
  private pendingReady = false;
  private sleepAfterRender = false;
  private readyPhase = '';

  // detail level (chosen by the DetailMonitor in index.ts from the browser's frame times)
  private detail: Detail;
  private drawFps = 0;
  /** the snapshot time the station plates show, and when they were last brought up to date */
  private stationsT = Number.NaN;
  private stationsAt = Number.NEGATIVE_INFINITY;
  private draws = 0;

  // dragging
  private drag: { station: StationObject; startX: number; startY: number; grabDX: number; grabDY: number; tx: number; ty: number } | undefined;

  private measureCtx: CanvasRenderingContext2D | undefined;

  /** a move chosen with the UI's keyboard control (kaizen), marked on the plan */
  moveTarget: { station: string; x: number; y: number } | undefined;
  private shownTarget: { station: string; x: number; y: number } | undefined;
  private shownTargetLevel: Level | undefined;

  constructor(hooks: SceneHooks) {
    super({ key: 'floor' });
    this.hooks = hooks;
    this.lang = hooks.lang;
    this.detail = hooks.detail;
    hooks.container.dataset.detail = hooks.detail;
  }

  /** Draw with more or less detail from the next frame on (a new pixel ratio redraws the plan). */
  setDetail(detail: Detail): void {
    this.detail = detail;
    this.hooks.container.dataset.detail = detail;
  }

  setFontFamily(family: string): void {
    this.hooks.fontFamily = family;
    this.fontGeneration++;
  }

  resizeTo(cssW: number, cssH: number): void {
    if (cssW === this.cssW && cssH === this.cssH) return;
    this.cssW = cssW;
    this.cssH = cssH;
    this.sizeDirty = true;
  }

  create(): void {
    this.floorImage = this.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(0).setVisible(false);
    this.dropMark = this.add.graphics().setDepth(5).setVisible(false);
    this.input.on('dragstart', this.onDragStart, this);
    this.input.on('drag', this.onDrag, this);
    this.input.on('dragend', this.onDragEnd, this);
    this.input.on('pointerdown', this.onPointerDown, this);
    this.game.events.on(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
  }

  update(): void {
    const view = this.hooks.controller.view;
    const mode = modeOf(view.phase);
    const level = levelFor(view, mode);
    const profile = DETAIL_PROFILES[this.detail];
    if (profile.drawFps !== this.drawFps) {
      this.drawFps = profile.drawFps;
      this.game.loop.setFPSLimit(profile.drawFps);
    }
    if (mode === 'hidden' || !level) {
      this.hideAll();
      this.markReady(view.phase);
      // nothing to draw: let the loop sleep until the controller moves to another phase
      this.sleepAfterRender = true;
      return;
    }
    const canvas = this.game.canvas;
    if (canvas.style.display === 'none') canvas.style.display = 'block';
    const applied = appliedFor(view, mode);
    const dpr = window.devicePixelRatio || 1;
    const d = this.drawn;
    const pixelRatio = effectiveDpr(this.cssW, this.cssH, dpr, profile.maxPixelRatio);
    if (
      this.sizeDirty ||
      level !== d.level ||
      mode !== d.mode ||
      applied !== d.applied ||
      this.lang !== d.lang ||
      dpr !== d.dpr ||
      this.fontGeneration !== d.fontGeneration ||
      pixelRatio !== d.pixelRatio
    ) {
      if (this.drag && (level !== d.level || mode !== 'kaizen')) this.cancelDrag();
      if (!this.drag) {
        this.rebuild(view, mode, level, applied, dpr);
        this.pendingReady = true;
        this.readyPhase = view.phase;
        this.hooks.container.dataset.floorReady = 'false';
      }
    }
    if (mode === 'live' && view.timeline) this.updateLive(view.timeline, view.clock.t, view.phase !== 'round' || view.clock.paused);
    else this.showUnits(0);
    if (!this.drag) this.showMoveTarget(mode === 'kaizen' ? this.moveTarget : undefined, level);
  }

  /** Marks the tile a keyboard move would put a station on (ok or refused, by shape too). */
  private showMoveTarget(target: { station: string; x: number; y: number } | undefined, level: Level): void {
    if (target === this.shownTarget && level === this.shownTargetLevel) return;
    this.shownTarget = target;
    this.shownTargetLevel = level;
    const station = target && this.info?.stations.find((s) => s.id === target.station);
    if (!target || !station || (station.x === target.x && station.y === target.y)) {
      this.dropMark?.setVisible(false);
      return;
    }
    this.drawDropMark(target.x, target.y, this.looksFree(target.x, target.y, target.station) ? 'ok' : 'bad');
    // and a line from the station to it
    const g = this.geom;
    const m = this.dropMark;
    if (!g || !m) return;
    const T = g.tile;
    m.lineStyle(Math.max(2, 2 * g.dpr), hexToNumber(INK), 0.8);
    m.lineBetween(g.ox + (station.x + 0.5) * T, g.oy + (station.y + 0.5) * T, g.ox + (target.x + 0.5) * T, g.oy + (target.y + 0.5) * T);
    m.fillStyle(hexToNumber(INK), 1);
    m.fillCircle(g.ox + (station.x + 0.5) * T, g.oy + (station.y + 0.5) * T, Math.max(3, 3 * g.dpr));
  }

  // --- building -------------------------------------------------------------------------

  private measure = (text: string, font: string): number => {
    if (!this.measureCtx) {
      const c = document.createElement('canvas').getContext('2d');
      if (!c) return text.length * 8;
      this.measureCtx = c;
    }
    this.measureCtx.font = font;
    return this.measureCtx.measureText(text).width;
  };

  private rebuild(view: GameView, mode: Mode, level: Level, applied: readonly string[], dpr: number): void {
    const info = this.info?.level === level ? this.info : planInfo(level);
    this.info = info;
    const cssW = Math.max(1, this.cssW || this.hooks.container.clientWidth);
    const cssH = Math.max(1, this.cssH || this.hooks.container.clientHeight);
    const g = fitPlan(cssW, cssH, dpr, info.cols, info.rows, DETAIL_PROFILES[this.detail].maxPixelRatio);
    this.geom = g;
    this.sizeDirty = false;
    if (this.scale.width !== g.width || this.scale.height !== g.height) this.scale.resize(g.width, g.height);
    const canvas = this.game.canvas;
    canvas.style.left = `${g.left}px`;
    canvas.style.top = `${g.top}px`;
    canvas.style.width = `${g.width / g.dpr}px`;
    canvas.style.height = `${g.height / g.dpr}px`;
    this.scale.refresh();
    this.drawn = { level, mode, applied, lang: this.lang, cssW, cssH, dpr, fontGeneration: this.fontGeneration, pixelRatio: g.dpr };

    const lang = this.lang;
    const font = this.hooks.fontFamily;
    const sizes = atlasSizes(g);
    const icons: StationIconRequest[] = info.stations.map((s) => ({ icon: s.icon, letter: firstLetter(s.name[lang]) }));
    const signature = `${sizes.unit}|${sizes.icon}|${sizes.sign}|${sizes.glyph}|${g.dpr}|${font}|${icons.map((i) => `${i.icon}:${i.letter}`).join(',')}`;
    if (signature !== this.atlasSignature) {
      const old = this.atlasKey;
      this.atlasKey = `floor-atlas-${++this.atlasGen}`;
      this.atlasSignature = signature;
      buildAtlas(this, this.atlasKey, sizes, g.dpr, icons, font);
      for (let i = 0; i < this.units.length; i++) {
        const u = this.units[i] as Phaser.GameObjects.Image;
        u.setTexture(this.atlasKey, this.unitFrames[i]);
      }
      this.ring?.setTexture(this.atlasKey, RING_FRAME);
      for (const s of this.stations) s.destroy();
      this.stations = [];
      if (old && this.textures.exists(old)) this.textures.remove(old);
    }

    // signs of applied cards, by place
    const signs: Sign[] = mode === 'kaizen' || mode === 'live' ? signsOf(level, applied, view.session?.level) : [];
    const routing = signs.some((s) => s.tool === 'routing');

    // --- label placement: stations first, then spots, then rooms
    const cov = Coverage.fromGrid(info.grid);
    const model = compileModel(level);
    info.stations.forEach((st, i) => {
      cov.add(st.x, st.y, 12);
      if (st.counter) cov.add(st.counter.x, st.counter.y, 4);
      // where its units stand: the nearest places surely, further ones when queues grow
      const near = Math.min(st.servers, 8) + 6;
      placeSlots(model, i, near + 30).forEach((p, k) => {
        if (k > 0) cov.add(p.x, p.y, k < near ? 2.5 : 0.8);
      });
    });
    for (const sp of info.spots) cov.add(sp.x, sp.y, 5);

    const style: PlateStyle = { geom: g, sizes, fontFamily: font, measure: this.measure };
    const T = g.tile;
    const plates = info.stations.map((st) => {
      const station = level.stations[st.index];
      const canSearch = !!station?.search && mode !== 'briefing';
      const m = plateMetrics(st, st.name[lang], canSearch, mode === 'kaizen', style);
      const anchor = st.counter ?? { x: st.x, y: st.y };
      const stationSigns = signs.filter((s) => s.place.kind === 'station' && s.place.id === st.id);
      // room for the signs over the plate
      const extra = stationSigns.length > 0 ? sizes.sign * 0.8 : 0;
      const rect = placeLabel(cov, anchor, m.w / T, (m.h + extra) / T, { pull: 0.5 });
      const plateRect: TileRect = { x: rect.x, y: rect.y + extra / T, w: rect.w, h: m.h / T };
      return { st, m, rect: plateRect, signs: stationSigns };
    });

    const labels: FloorLabel[] = [];
    const labelFont = `600 ${g.font}px ${font}`;
    for (const sp of info.spots) {
      if (sp.sameAsRoom) continue;
      const lines = wrapName(sp.name[lang], g.font * 8, (t) => this.measure(t, labelFont));
      const w = (Math.max(...lines.map((l) => this.measure(l, labelFont))) + g.font * 0.8) / T;
      const h = (lines.length * g.font * 1.15 + g.font * 0.45) / T;
      // a spot's name is a help, not a must: left out when it would hide stations or queues
      const rect = placeLabelIfFits(cov, sp, w, h, { pull: 0.6, maxCost: 3 + w * h * 0.6 });
      if (rect) labels.push({ kind: 'spot', text: lines, rect, anchor: { x: sp.x, y: sp.y } });
    }
    // room names are painted on free floor: away from where units walk and queue
    const busy = new Coverage(info.cols, info.rows);
    for (const leg of routeLegs(level, info.grid)) for (const p of leg) busy.add(p.x, p.y, 1.5);
    info.stations.forEach((st, i) => {
      for (const p of placeSlots(model, i, Math.min(st.servers + 50, 150))) busy.add(p.x, p.y, 1);
    });
    const roomFont = `700 ${g.font}px ${font}`;
    for (const room of level.floor.rooms) {
      const text = room.name[lang].toLocaleUpperCase(lang);
      const w = (this.measure(text, roomFont) + g.font * 0.6) / T;
      const h = (g.font * 1.4) / T;
      const rect = placeInside(cov, info.grid, room, Math.min(w, room.w), Math.min(h, room.h), busy);
      labels.push({ kind: 'room', text: [text], rect, anchor: undefined });
    }

    // signs on spots and painted tiles, drawn into the still plan
    const floorSigns: { x: number; y: number; size: number; paint: (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => void }[] = [];
    const byTile = new Map<string, { x: number; y: number; tools: string[] }>();
    for (const s of signs) {
      let tx: number;
      let ty: number;
      if (s.place.kind === 'station') continue;
      if (s.place.kind === 'spot') {
        const id = s.place.id;
        const sp = info.spots.find((p) => p.id === id);
        if (!sp) continue;
        tx = sp.x;
        ty = sp.y;
      } else {
        tx = s.place.x;
        ty = s.place.y;
      }
      const key = `${tx},${ty}`;
      const entry = byTile.get(key) ?? { x: tx, y: ty, tools: [] };
      entry.tools.push(s.tool);
      byTile.set(key, entry);
    }
    for (const { x: tx, y: ty, tools } of byTile.values()) {
      signBadges(tools).forEach((b, k) => {
        const size = sizes.sign;
        const frame = signFrame(b.group, b.mask);
        floorSigns.push({
          x: (tx + 0.5) * T + k * (size + 2 * g.dpr) + T * 0.2,
          y: ty * T - size * 0.35,
          size,
          paint: (ctx, x, y) => this.paintFrame(ctx, frame, x, y),
        });
      });
    }

    // --- the still plan
    const W = info.cols * T;
    const H = info.rows * T;
    if (!this.floorTexture) {
      const canvas = document.createElement('canvas');
      canvas.width = W;
      canvas.height = H;
      canvas.getContext('2d');
      const tex = this.textures.addCanvas('floor-plan', canvas);
      if (!tex) throw new Error('could not create the floor texture');
      this.floorTexture = tex;
    } else this.floorTexture.setSize(W, H);
    const ctx = this.floorTexture.getContext();
    drawFloor(ctx, {
      level,
      grid: info.grid,
      tile: T,
      dpr: g.dpr,
      font: g.font,
      fontFamily: font,
      labels,
      spotMarkers: info.spots.map((s) => ({ x: s.x, y: s.y, role: s.role, onDoor: tileAt(info.grid, s.x, s.y) === 'D' })),
      routeLegs: routing ? routeLegs(level, info.grid) : [],
      signs: floorSigns,
      strongGrid: mode === 'kaizen',
    });
    this.floorTexture.refresh();
    this.hooks.container.dataset.planBox = `${round2(g.left + g.ox / g.dpr)} ${round2(g.top + g.oy / g.dpr)} ${round2(g.tile / g.dpr)}`;
    const img = this.floorImage as Phaser.GameObjects.Image;
    img.setTexture('floor-plan');
    img.setPosition(g.ox, g.oy).setVisible(true);

    // --- stations
    for (const s of this.stations) s.destroy();
    this.stations = plates.map(
      (p) => new StationObject(this, p.st, p.m, p.rect, style, this.atlasKey, p.signs, mode === 'kaizen'),
    );
    if (!this.ring) this.ring = this.add.image(0, 0, this.atlasKey, RING_FRAME).setDepth(3).setVisible(false);
    // new station objects start blank: take the next snapshot afresh so they show its state
    this.snapshotT = Number.NaN;
    this.stationsT = Number.NaN;
    this.stationsAt = Number.NEGATIVE_INFINITY;
    this.shownTargetLevel = undefined;
    if (mode !== 'live') this.select(undefined);
  }

  /** Copies an atlas frame onto a 2D context (signs painted into the still plan). */
  private paintFrame(ctx: CanvasRenderingContext2D, frame: string, x: number, y: number): void {
    const f = this.textures.getFrame(this.atlasKey, frame);
    const src = f?.source.image as CanvasImageSource | undefined;
    if (!f || !src) return;
    ctx.drawImage(src, f.cutX, f.cutY, f.cutWidth, f.cutHeight, Math.round(x), Math.round(y), f.cutWidth, f.cutHeight);
  }

  // --- live playback ----------------------------------------------------------------------

  /** `still`: the clock is not running (paused, stepped, results), so the plates must show `t` now. */
  private updateLive(tl: Timeline, t: number, still: boolean): void {
    if (tl !== this.timeline) {
      this.timeline = tl;
      this.isDocument = tl.model.entityTypes.map((e) => e.isDocument);
      this.snapshotT = Number.NaN;
      this.searching = new Uint8Array(tl.model.stations.length);
      if (this.selected !== undefined) this.select(undefined);
    }
    if (t !== this.snapshotT || !this.snapshot) {
      this.snapshotT = t;
      this.snapshot = snapshotAt(tl, t);
    }
    // Plates and badges re-rasterise their text when a number changes: at lower detail they
    // follow a running clock a few times a second only.
    const now = performance.now();
    const refreshPlates = this.stationsT !== t && (still || now - this.stationsAt >= DETAIL_PROFILES[this.detail].stationRefreshMs);
    if (refreshPlates) {
      this.stationsT = t;
      this.stationsAt = now;
    }
    this.placeUnits(this.snapshot, refreshPlates);
  }

  private placeUnits(snap: Snapshot, refreshPlates: boolean): void {
    const g = this.geom;
    if (!g) return;
    const T = g.tile;
    const units = snap.units;
    while (this.units.length < units.length) {
      this.units.push(this.add.image(0, 0, this.atlasKey, UNIT_FRAME.person.walk).setDepth(2).setVisible(false));
      this.unitFrames.push(UNIT_FRAME.person.walk);
    }
    const searching = this.searching;
    searching.fill(0);
    let ringShown = false;
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as Snapshot['units'][number];
      const img = this.units[i] as Phaser.GameObjects.Image;
      // Practice (seeing waste): all units drawn alike, so the look does not give the answer away.
      const look = this.hooks.controller.view.practice ? 'walk' : lookOf(u.activity, u.bucket);
      const frame = UNIT_FRAME[this.isDocument[u.type] ? 'document' : 'person'][look];
      if (this.unitFrames[i] !== frame) {
        img.setFrame(frame);
        this.unitFrames[i] = frame;
      }
      const x = Math.round(g.ox + (u.x + 0.5) * T);
      const y = Math.round(g.oy + (u.y + 0.5) * T);
      img.setPosition(x, y);
      if (!img.visible) img.setVisible(true);
      if (u.activity === ACTIVITY.SEARCH && u.station >= 0 && u.station < searching.length) searching[u.station] = 1;
      if (u.unit === this.selected && this.ring) {
        this.ring.setPosition(x, y).setVisible(true);
        ringShown = true;
      }
    }
    if (!ringShown && this.ring?.visible) this.ring.setVisible(false);
    this.showUnits(units.length);
    if (refreshPlates) {
      // Practice: the queue badge (waiting's own hourglass) and the searching magnifier would name
      // the waste for the trainee; the busy pips stay — anyone on the floor sees whether staff work.
      const practice = this.hooks.controller.view.practice !== undefined;
      for (let s = 0; s < this.stations.length; s++) {
        const sv = snap.stations[s];
        if (sv) (this.stations[s] as StationObject).setState(sv.busy, practice ? 0 : sv.queue, !practice && searching[s] === 1);
      }
    }
  }

  /** Hides pooled units beyond `count` and reports how many are drawn. */
  private showUnits(count: number): void {
    for (let i = count; i < this.units.length; i++) {
      const img = this.units[i] as Phaser.GameObjects.Image;
      if (!img.visible) break;
      img.setVisible(false);
    }
    if (count === 0 && this.ring?.visible) this.ring.setVisible(false);
    if (count !== this.unitCount) {
      this.unitCount = count;
      this.hooks.container.dataset.units = String(count);
    }
  }

  private hideAll(): void {
    const canvas = this.game.canvas;
    if (canvas.style.display !== 'none') canvas.style.display = 'none';
    this.showUnits(0);
    if (this.drag) this.cancelDrag();
    // forget the drawing, so the next phase is drawn afresh
    this.drawn = { ...this.drawn, level: undefined, mode: 'hidden' };
    this.timeline = undefined;
    this.snapshot = undefined;
  }

  private markReady(phase: string): void {
    const ds = this.hooks.container.dataset;
    if (ds.floorPhase !== phase || ds.floorReady !== 'true') {
      ds.floorPhase = phase;
      ds.floorReady = 'true';
    }
  }

  private afterRender(): void {
    if (++this.draws % DRAWS_PER_REPORT === 0) this.hooks.container.dataset.draws = String(this.draws);
    if (this.sleepAfterRender) {
      this.sleepAfterRender = false;
      if (modeOf(this.hooks.controller.view.phase) === 'hidden') this.game.loop.sleep();
    }
    if (!this.pendingReady) return;
    this.pendingReady = false;
    this.markReady(this.readyPhase);
  }

  // --- input: selecting a unit ------------------------------------------------------------

  private onPointerDown(pointer: Phaser.Input.Pointer, over: Phaser.GameObjects.GameObject[]): void {
    if (over.length > 0 || !this.snapshot || !this.geom || this.drawn.mode !== 'live') return;
    const g = this.geom;
    const tx = (pointer.x - g.ox) / g.tile - 0.5;
    const ty = (pointer.y - g.oy) / g.tile - 0.5;
    let best: number | undefined;
    let bestD = 0.6 * 0.6;
    for (const u of this.snapshot.units) {
      const d = (u.x - tx) ** 2 + (u.y - ty) ** 2;
      if (d < bestD) {
        bestD = d;
        best = u.unit;
      }
    }
    if (best === undefined) this.hooks.onPickTile?.(Math.round(tx), Math.round(ty));
    // Practice asks again about the unit clicked again; elsewhere a second click lets go of it.
    if (best !== undefined && best === this.selected && this.hooks.controller.view.practice) this.hooks.onSelectUnit?.(best);
    else this.select(best === this.selected ? undefined : best);
  }

  /** Show the ring on a unit chosen outside the plan (by keyboard), without calling back. */
  showSelected(unit: number | undefined): void {
    this.selected = unit;
    const ds = this.hooks.container.dataset;
    if (unit === undefined) delete ds.selectedUnit;
    else ds.selectedUnit = String(unit);
    if (unit === undefined) this.ring?.setVisible(false);
    this.snapshotT = Number.NaN;
  }

  private select(unit: number | undefined): void {
    if (unit === this.selected) return;
    this.selected = unit;
    const ds = this.hooks.container.dataset;
    if (unit === undefined) delete ds.selectedUnit;
    else ds.selectedUnit = String(unit);
    if (unit === undefined) this.ring?.setVisible(false);
    this.hooks.onSelectUnit?.(unit);
  }

  // --- input: dragging a station (kaizen) ---------------------------------------------------

  private stationOf(obj: Phaser.GameObjects.GameObject): StationObject | undefined {
    const index = obj.getData('station') as number | undefined;
    return index === undefined ? undefined : this.stations[index];
  }

  private tileUnder(pointer: Phaser.Input.Pointer): { x: number; y: number } {
    const g = this.geom as Geometry;
    return { x: Math.floor((pointer.x - g.ox) / g.tile), y: Math.floor((pointer.y - g.oy) / g.tile) };
  }

  private onDragStart(pointer: Phaser.Input.Pointer, obj: Phaser.GameObjects.GameObject): void {
    if (this.drawn.mode !== 'kaizen' || !this.geom) return;
    const station = this.stationOf(obj);
    if (!station) return;
    const p = this.tileUnder(pointer);
    this.drag = {
      station,
      startX: station.info.x,
      startY: station.info.y,
      grabDX: p.x - station.info.x,
      grabDY: p.y - station.info.y,
      tx: station.info.x,
      ty: station.info.y,
    };
    station.setLifted(true);
    this.game.canvas.style.cursor = 'grabbing';
  }

  private onDrag(pointer: Phaser.Input.Pointer): void {
    const drag = this.drag;
    const g = this.geom;
    const info = this.info;
    if (!drag || !g || !info) return;
    const p = this.tileUnder(pointer);
    const tx = Math.max(0, Math.min(info.cols - 1, p.x - drag.grabDX));
    const ty = Math.max(0, Math.min(info.rows - 1, p.y - drag.grabDY));
    if (tx === drag.tx && ty === drag.ty) return;
    drag.tx = tx;
    drag.ty = ty;
    drag.station.offset((tx - drag.startX) * g.tile, (ty - drag.startY) * g.tile);
    this.drawDropMark(tx, ty, tx === drag.startX && ty === drag.startY ? 'home' : this.looksFree(tx, ty, drag.station.info.id) ? 'ok' : 'bad');
  }

  private onDragEnd(): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    this.dropMark?.setVisible(false);
    this.game.canvas.style.cursor = '';
    drag.station.setLifted(false);
    if (drag.tx === drag.startX && drag.ty === drag.startY) {
      drag.station.offset(0, 0);
      return;
    }
    const ok = this.hooks.controller.apply({ type: 'moveStation', station: drag.station.info.id, x: drag.tx, y: drag.ty });
    if (!ok) this.snapBack(drag.station, (drag.tx - drag.startX) * (this.geom?.tile ?? 0), (drag.ty - drag.startY) * (this.geom?.tile ?? 0));
    // when accepted, the next frame sees the new level and redraws the plan
  }

  private cancelDrag(): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = undefined;
    this.dropMark?.setVisible(false);
    this.game.canvas.style.cursor = '';
    drag.station.setLifted(false);
    drag.station.offset(0, 0);
  }

  private snapBack(station: StationObject, dx: number, dy: number): void {
    const state = { k: 1 };
    this.tweens.add({
      targets: state,
      k: 0,
      duration: 180,
      ease: 'Quad.easeOut',
      onUpdate: () => station.offset(dx * state.k, dy * state.k),
      onComplete: () => station.offset(0, 0),
    });
  }

  /** A quick local guess for the drop mark's colour; the core has the final word. */
  private looksFree(x: number, y: number, id: string): boolean {
    const info = this.info;
    if (!info) return false;
    if (!isWalkable(tileAt(info.grid, x, y))) return false;
    return !info.stations.some((s) => s.id !== id && s.x === x && s.y === y);
  }

  private drawDropMark(x: number, y: number, kind: 'ok' | 'bad' | 'home'): void {
    const g = this.geom;
    const m = this.dropMark;
    if (!g || !m) return;
    m.clear();
    if (kind === 'home') {
      m.setVisible(false);
      return;
    }
    const T = g.tile;
    const px = g.ox + x * T;
    const py = g.oy + y * T;
    const lw = Math.max(2, 3 * g.dpr);
    const colour = hexToNumber(kind === 'ok' ? DROP_OK : DROP_BAD);
    m.lineStyle(lw, colour, 1);
    m.fillStyle(colour, 0.15);
    m.fillRect(px, py, T, T);
    m.strokeRect(px + lw / 2, py + lw / 2, T - lw, T - lw);
    if (kind === 'bad') {
      // a cross as well as the colour
      const k = T * 0.25;
      m.lineBetween(px + k, py + k, px + T - k, py + T - k);
      m.lineBetween(px + T - k, py + k, px + k, py + T - k);
    }
    m.setVisible(true);
  }

  shutdownScene(): void {
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.afterRender, this);
  }
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function lookOf(activity: number, bucket: number): UnitLook {
  if (bucket === DEFECTS) return 'defect';
  switch (activity) {
    case ACTIVITY.WALK:
      return 'walk';
    case ACTIVITY.QUEUE:
      return 'queue';
    case ACTIVITY.SEARCH:
      return 'search';
    default:
      // Work outside the lead time (bucket -1: the customer's own time, such as eating) is
      // nobody's waste: shown like value-adding work, not with the waste mark.
      return bucket === VALUE || bucket < 0 ? 'value' : 'waste';
  }
}

