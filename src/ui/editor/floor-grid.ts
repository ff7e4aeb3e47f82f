/**
 * The editable floor plan: an SVG grid painted with the mouse (press and drag: one undo step
 * per stroke) or the keyboard (arrows move the cursor, Shift+arrows paint as they move, Space
 * or Enter applies the brush, 1–8 pick the brush, Delete removes the place under the cursor;
 * Space on a station with the station brush picks it up, the arrows carry it, Space puts it down).
 * The brush paints a tile, places a station or a spot; with the station or spot brush, a
 * drag that starts on a place moves it. The element survives the panel's redraws, so a
 * stroke is never cut off by one.
 */
import { el, svg } from '../dom';
import { addRoom, addSpot, addStation, movePlace, paintTiles, removeAt } from '../../app/editor/commands';
import { floorSize, type Draft, type TileChar } from '../../app/editor/draft';
import type { MessageKey } from '../i18n';
import type { EdCtx } from './ed-ctx';

export type Brush = TileChar | 'station' | 'spot' | 'room';
export const BRUSHES: readonly Brush[] = ['.', '#', 'D', 'O', 'c', 'station', 'spot', 'room'];
const BRUSH_KEY: Record<Brush, string> = { '.': 'floor', '#': 'wall', D: 'door', O: 'obstacle', c: 'clutter', station: 'station', spot: 'spot', room: 'room' };
export function brushName(ctx: EdCtx, b: Brush): string {
  return ctx.t(`ed_brush_${BRUSH_KEY[b]}` as MessageKey);
}
export function tileName(ctx: EdCtx, tile: string | undefined): string {
  const b = BRUSHES.find((x) => x === tile);
  return b ? brushName(ctx, b) : ctx.t('ed_offPlan');
}

const CELL = 20;

type Drag =
  | { kind: 'paint'; group: string }
  | { kind: 'move'; list: 'stations' | 'spots'; index: number; group: string }
  | { kind: 'room' };

export class FloorGrid {
  readonly el: HTMLElement;
  private readonly svgEl: SVGSVGElement;
  private readonly status: HTMLElement;
  brush: Brush = '#';
  cursor = { x: 1, y: 1 };
  private drag: Drag | undefined;
  /** the first corner of a room being drawn (the room brush: press and drag, or Space twice) */
  private roomCorner: { x: number; y: number } | undefined;
  /** a station or spot picked up with the keyboard (Space on it), carried by the arrows until Space again */
  private carrying: { list: 'stations' | 'spots'; index: number; group: string } | undefined;
  private strokes = 0;
  private ctx!: EdCtx;
  onBrush: (b: Brush) => void = () => undefined;

  constructor() {
    this.svgEl = svg('svg', { class: 'ed-grid__svg', 'data-testid': 'floor-grid-svg' });
    this.status = el('p', { class: 'ed-grid__status', attrs: { 'aria-live': 'polite', 'data-testid': 'grid-status' } });
    this.el = el('div', { class: 'ed-grid', attrs: { tabindex: 0, role: 'application', 'data-testid': 'floor-grid', 'data-key': 'floor-grid' } }, this.svgEl);
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    // A line drawn with Shift+arrows ends when Shift is let go.
    this.el.addEventListener('keyup', (e) => {
      if (e.key === 'Shift') this.strokes += 1;
    });
    this.svgEl.addEventListener('pointerdown', (e) => this.onDown(e));
    this.svgEl.addEventListener('pointermove', (e) => this.onMove(e));
    this.svgEl.addEventListener('pointerup', () => this.end());
    // The plan is redrawn under a stroke (capture is lost then): a release anywhere ends it.
    window.addEventListener('pointerup', () => this.end());
    this.svgEl.addEventListener('pointercancel', () => this.end());
  }

  statusLine(): HTMLElement {
    return this.status;
  }

  update(ctx: EdCtx): void {
    this.ctx = ctx;
    const d = ctx.draft;
    const { width, height } = floorSize(d);
    this.cursor = { x: clamp(this.cursor.x, 0, width - 1), y: clamp(this.cursor.y, 0, height - 1) };
    this.el.setAttribute('aria-label', ctx.t('ed_gridLabel', { w: width, h: height }));
    this.svgEl.setAttribute('viewBox', `0 0 ${width * CELL} ${height * CELL}`);
    this.svgEl.style.aspectRatio = `${Math.max(1, width)} / ${Math.max(1, height)}`;
    // As large as fits beside the side panel at 1024×768, tiles at most 1.6 rem.
    const tileRem = Math.min(38 / Math.max(1, width), 20 / Math.max(1, height), 1.6);
    this.svgEl.style.width = `${(tileRem * Math.max(1, width)).toFixed(2)}rem`;
    const parts: SVGElement[] = [];
    d.floor.tiles.forEach((row, y) => {
      for (let x = 0; x < width; x++) {
        const tile = row[x] ?? ' ';
        parts.push(svg('rect', { class: `ed-tile ed-tile--${tileClass(tile)}`, x: x * CELL, y: y * CELL, width: CELL, height: CELL }));
      }
    });
    for (const r of d.floor.rooms ?? []) {
      parts.push(svg('rect', { class: 'ed-room', x: r.x * CELL + 1, y: r.y * CELL + 1, width: r.w * CELL - 2, height: r.h * CELL - 2 }));
    }
    d.spots.forEach((s) => {
      parts.push(svg('rect', { class: 'ed-spot', x: s.x * CELL + 3, y: s.y * CELL + 3, width: CELL - 6, height: CELL - 6 }));
    });
    d.stations.forEach((s, i) => {
      parts.push(
        svg('circle', { class: 'ed-station', cx: s.x * CELL + CELL / 2, cy: s.y * CELL + CELL / 2, r: CELL / 2 - 2 }),
        svg('text', { class: 'ed-station__n', x: s.x * CELL + CELL / 2, y: s.y * CELL + CELL / 2 + 4 }, String(i + 1)),
      );
    });
    if (this.roomCorner) {
      const c = this.roomCorner;
      const x = Math.min(c.x, this.cursor.x);
      const y = Math.min(c.y, this.cursor.y);
      const w = Math.abs(c.x - this.cursor.x) + 1;
      const h = Math.abs(c.y - this.cursor.y) + 1;
      parts.push(svg('rect', { class: 'ed-room-preview', x: x * CELL, y: y * CELL, width: w * CELL, height: h * CELL }));
    }
    parts.push(svg('rect', { class: 'ed-cursor', x: this.cursor.x * CELL + 1, y: this.cursor.y * CELL + 1, width: CELL - 2, height: CELL - 2 }));
    this.svgEl.replaceChildren(...parts);
    this.describeCursor();
  }

  /** What is under the cursor, said for screen readers and shown under the plan. */
  private describeCursor(): void {
    const d = this.ctx.draft;
    const { x, y } = this.cursor;
    const tile = d.floor.tiles[y]?.[x];
    const station = d.stations.find((s) => s.x === x && s.y === y);
    const spot = d.spots.find((s) => s.x === x && s.y === y);
    const lang = this.ctx.lang;
    const what = [tileName(this.ctx, tile)];
    if (station) what.push(this.ctx.t('ed_gridStation', { name: station.name?.[lang] || station.name?.ru || station.name?.en || station.id }));
    if (spot) what.push(this.ctx.t('ed_gridSpot', { name: spot.name?.[lang] || spot.name?.ru || spot.name?.en || spot.id }));
    this.status.textContent = this.ctx.t('ed_gridCursor', { x, y, what: what.join(', '), brush: brushName(this.ctx, this.brush) }) +
      (this.roomCorner ? ` ${this.ctx.t('ed_roomCorner', { x: this.roomCorner.x, y: this.roomCorner.y })}` : '') +
      (this.carrying ? ` ${this.ctx.t('ed_carrying')}` : '');
    this.el.dataset.cursor = `${x},${y}`;
  }

  setBrush(b: Brush): void {
    this.brush = b;
    this.roomCorner = undefined;
    this.carrying = undefined;
    this.onBrush(b);
    if (this.ctx) this.describeCursor();
  }

  moveCursor(x: number, y: number): void {
    this.cursor = { x, y };
    if (this.ctx) this.update(this.ctx);
  }

  private placeAt(d: Draft, x: number, y: number): { list: 'stations' | 'spots'; index: number } | undefined {
    const si = d.stations.findIndex((s) => s.x === x && s.y === y);
    if (si >= 0) return { list: 'stations', index: si };
    const pi = d.spots.findIndex((s) => s.x === x && s.y === y);
    return pi >= 0 ? { list: 'spots', index: pi } : undefined;
  }

  /** Apply the brush at (x, y). */
  private applyAt(x: number, y: number, group: string): void {
    const d = this.ctx.draft;
    if (this.brush === 'room') {
      // First press marks a corner, the second the opposite corner.
      if (!this.roomCorner) this.roomCorner = { x, y };
      else {
        const corner = this.roomCorner;
        this.roomCorner = undefined;
        this.ctx.apply(addRoom(this.ctx.lang, corner, { x, y }));
      }
    } else if (this.brush === 'station') {
      if (!d.stations.some((s) => s.x === x && s.y === y)) this.ctx.apply(addStation(x, y, this.ctx.lang));
    } else if (this.brush === 'spot') {
      if (!d.spots.some((s) => s.x === x && s.y === y)) this.ctx.apply(addSpot(x, y, this.ctx.lang));
    } else this.ctx.apply(paintTiles([{ x, y }], this.brush), group);
  }

  private cellOf(e: PointerEvent): { x: number; y: number } | undefined {
    const r = this.svgEl.getBoundingClientRect();
    const { width, height } = floorSize(this.ctx.draft);
    if (r.width === 0 || r.height === 0) return undefined;
    const x = Math.floor(((e.clientX - r.left) / r.width) * width);
    const y = Math.floor(((e.clientY - r.top) / r.height) * height);
    return x >= 0 && y >= 0 && x < width && y < height ? { x, y } : undefined;
  }

  private onDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    const cell = this.cellOf(e);
    if (!cell) return;
    e.preventDefault();
    this.el.focus({ preventScroll: true });
    this.svgEl.setPointerCapture?.(e.pointerId);
    this.strokes += 1;
    const group = `stroke-${this.strokes}`;
    const place = this.brush === 'station' || this.brush === 'spot' ? this.placeAt(this.ctx.draft, cell.x, cell.y) : undefined;
    this.cursor = cell;
    if (this.brush === 'room') {
      this.roomCorner = cell;
      this.drag = { kind: 'room' };
    } else if (place && place.list === (this.brush === 'station' ? 'stations' : 'spots')) this.drag = { kind: 'move', ...place, group };
    else {
      this.drag = { kind: 'paint', group };
      this.applyAt(cell.x, cell.y, group);
    }
    this.update(this.ctx);
  }

  private onMove(e: PointerEvent): void {
    if (!this.drag) return;
    const cell = this.cellOf(e);
    if (!cell || (cell.x === this.cursor.x && cell.y === this.cursor.y)) return;
    this.cursor = cell;
    if (this.drag.kind === 'paint') {
      if (this.brush !== 'station' && this.brush !== 'spot') this.applyAt(cell.x, cell.y, this.drag.group);
    } else if (this.drag.kind === 'move') this.ctx.apply(movePlace(this.drag.list, this.drag.index, cell.x, cell.y), this.drag.group);
    this.update(this.ctx);
  }

  private end(): void {
    const drag = this.drag;
    this.drag = undefined;
    if (drag?.kind === 'room' && this.roomCorner) {
      const corner = this.roomCorner;
      this.roomCorner = undefined;
      this.ctx.apply(addRoom(this.ctx.lang, corner, this.cursor));
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const { width, height } = floorSize(this.ctx.draft);
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[e.key];
    const digit = /^Digit([1-8])$/.exec(e.code) ?? /^Numpad([1-8])$/.exec(e.code);
    if (move) {
      const x = clamp(this.cursor.x + move[0], 0, width - 1);
      const y = clamp(this.cursor.y + move[1], 0, height - 1);
      this.cursor = { x, y };
      // A carried place moves with the cursor (one undo step); Shift+arrows draw a line (one step while Shift is held).
      if (this.carrying) this.ctx.apply(movePlace(this.carrying.list, this.carrying.index, x, y), this.carrying.group);
      else if (e.shiftKey) this.applyAt(x, y, `keys-${this.strokes}`);
      this.update(this.ctx);
    } else if (e.key === ' ' || e.key === 'Enter') {
      this.strokes += 1;
      const place = this.brush === 'station' || this.brush === 'spot' ? this.placeAt(this.ctx.draft, this.cursor.x, this.cursor.y) : undefined;
      if (this.carrying) this.carrying = undefined; // put down where it is
      else if (place && place.list === (this.brush === 'station' ? 'stations' : 'spots')) this.carrying = { ...place, group: `carry-${this.strokes}` };
      else this.applyAt(this.cursor.x, this.cursor.y, `key-${this.strokes}`);
      this.update(this.ctx);
    } else if (digit) {
      this.setBrush(BRUSHES[Number(digit[1]) - 1] as Brush);
    } else if (e.key === 'Escape' && (this.roomCorner || this.carrying)) {
      this.roomCorner = undefined;
      this.carrying = undefined;
      this.update(this.ctx);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      const place = this.placeAt(this.ctx.draft, this.cursor.x, this.cursor.y);
      if (place) this.ctx.apply(removeAt([place.list], place.index));
    } else return;
    e.preventDefault();
    e.stopPropagation();
  }
}

function tileClass(tile: string): string {
  switch (tile) {
    case '.':
      return 'floor';
    case '#':
      return 'wall';
    case 'D':
      return 'door';
    case 'O':
      return 'obstacle';
    case 'c':
      return 'clutter';
    default:
      return 'none';
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
