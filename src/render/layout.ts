/**
 * Fitting the plan into the container, and placing labels where they hide the least.
 * Pure: sizes in, numbers out.
 */
import { isWalkable, tileAt, type Grid, type TilePoint } from '../sim/floor/plan';

export interface Geometry {
  /** container size in CSS pixels */
  cssW: number;
  cssH: number;
  /** device pixels per CSS pixel used for the canvas */
  dpr: number;
  /** canvas size in device pixels: the plan and a margin, not the whole container */
  width: number;
  height: number;
  /** where the canvas stands in the container, CSS px from its top-left */
  left: number;
  top: number;
  cols: number;
  rows: number;
  /** tile side in device pixels (whole, so tiles stay crisp) */
  tile: number;
  /** top-left of the plan in device pixels, on the canvas */
  ox: number;
  oy: number;
  /** label font size in device pixels (at least 14 CSS px) */
  font: number;
  /** small print (badges, room names' second line) in device pixels */
  small: number;
}

/** The most device pixels the canvas may have (about a 4K screen): more costs fill rate for nothing visible. */
const MAX_PIXELS = 3840 * 2160;

/**
 * Device pixels per CSS pixel to draw at: the screen's ratio (up to 3), never more than a 4K
 * canvas, and never more than the detail level's `maxRatio` (below 1 the browser scales the
 * canvas up: fewer pixels to fill and to hand to the compositor every frame).
 */
export function effectiveDpr(cssW: number, cssH: number, dpr: number, maxRatio = Infinity): number {
  let r = Math.max(1, Math.min(3, dpr || 1));
  const area = Math.max(1, cssW * cssH);
  if (area * r * r > MAX_PIXELS) r = Math.max(1, Math.sqrt(MAX_PIXELS / area));
  return Math.min(r, maxRatio);
}

export function fitPlan(cssW: number, cssH: number, deviceRatio: number, cols: number, rows: number, maxRatio = Infinity): Geometry {
  const dpr = effectiveDpr(cssW, cssH, deviceRatio, maxRatio);
  const fullW = Math.max(1, Math.round(cssW * dpr));
  const fullH = Math.max(1, Math.round(cssH * dpr));
  const margin = Math.round(6 * dpr);
  const tile = Math.max(4, Math.floor(Math.min((fullW - 2 * margin) / Math.max(1, cols), (fullH - 2 * margin) / Math.max(1, rows))));
  // Every canvas pixel is cleared and handed to the compositor on every frame: the canvas
  // covers the plan and a tile around it (badges and signs stand out over its edge), and the
  // container's empty bands beside or above and below the plan are left to the page.
  const pad = tile + margin;
  const width = Math.min(fullW, tile * cols + 2 * pad);
  const height = Math.min(fullH, tile * rows + 2 * pad);
  const left = Math.round((fullW - width) / 2) / dpr;
  const top = Math.round((fullH - height) / 2) / dpr;
  const ox = Math.round((width - tile * cols) / 2);
  const oy = Math.round((height - tile * rows) / 2);
  const tileCss = tile / dpr;
  const font = Math.round(Math.max(14, Math.min(44, tileCss * 0.5)) * dpr);
  const small = Math.round(Math.max(12, Math.min(36, tileCss * 0.42)) * dpr);
  return { cssW, cssH, dpr, width, height, left, top, cols, rows, tile, ox, oy, font, small };
}

/** A rectangle in tile units (x, y: top-left). */
export interface TileRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How much covering each tile with a label costs: units stand on floor, none on walls. */
export class Coverage {
  readonly cost: Float32Array;
  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.cost = new Float32Array(cols * rows);
  }

  static fromGrid(grid: Grid): Coverage {
    const c = new Coverage(grid.width, grid.height);
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        const t = tileAt(grid, x, y);
        c.cost[y * grid.width + x] = t === 'D' ? 6 : isWalkable(t) ? 1 : t === 'O' ? 0.1 : 0.05;
      }
    }
    return c;
  }

  add(x: number, y: number, amount: number): void {
    if (x < 0 || y < 0 || x >= this.cols || y >= this.rows) return;
    this.cost[y * this.cols + x] = (this.cost[y * this.cols + x] as number) + amount;
  }

  /** Adds to every tile the rectangle covers, by the share of the tile covered. */
  addRect(r: TileRect, amount: number): void {
    this.forTiles(r, (i, share) => {
      this.cost[i] = (this.cost[i] as number) + amount * share;
    });
  }

  costOf(r: TileRect): number {
    let sum = 0;
    this.forTiles(r, (i, share) => {
      sum += (this.cost[i] as number) * share;
    });
    return sum;
  }

  private forTiles(r: TileRect, f: (index: number, share: number) => void): void {
    const x0 = Math.max(0, Math.floor(r.x));
    const y0 = Math.max(0, Math.floor(r.y));
    const x1 = Math.min(this.cols, Math.ceil(r.x + r.w));
    const y1 = Math.min(this.rows, Math.ceil(r.y + r.h));
    for (let y = y0; y < y1; y++) {
      const hy = Math.min(y + 1, r.y + r.h) - Math.max(y, r.y);
      if (hy <= 0) continue;
      for (let x = x0; x < x1; x++) {
        const wx = Math.min(x + 1, r.x + r.w) - Math.max(x, r.x);
        if (wx > 0) f(y * this.cols + x, wx * hy);
      }
    }
  }
}

/**
 * The best place for a label of w×h tiles near an anchor tile: candidates all around it
 * (on it, above, below, beside, up to three tiles away), kept inside the plan, scored by the
 * coverage they hide plus a pull towards the anchor. The chosen rectangle is then marked as
 * taken so later labels keep out of it.
 */
export function placeLabel(cov: Coverage, anchor: TilePoint, w: number, h: number, opts: { pull?: number; reserve?: number } = {}): TileRect {
  return placeLabelIfFits(cov, anchor, w, h, { ...opts, maxCost: Infinity }) as TileRect;
}

/** As placeLabel, but gives up (undefined, nothing reserved) when even the best place would hide more than `maxCost`. */
export function placeLabelIfFits(
  cov: Coverage,
  anchor: TilePoint,
  w: number,
  h: number,
  opts: { pull?: number; reserve?: number; maxCost: number },
): TileRect | undefined {
  const pull = opts.pull ?? 0.35;
  const ax = anchor.x + 0.5;
  const ay = anchor.y + 0.5;
  const maxX = Math.max(0, cov.cols - w);
  const maxY = Math.max(0, cov.rows - h);
  let best: TileRect = { x: clamp(ax - w / 2, 0, maxX), y: clamp(ay - h / 2, 0, maxY), w, h };
  let bestCost = Infinity;
  // centred on the anchor's row, then rows above (bottom edge d tiles over the anchor) and below
  const rowsToTry = [ay - h / 2];
  for (let d = 0; d <= 3; d++) rowsToTry.push(anchor.y - d - h, anchor.y + 1 + d);
  const colsToTry: number[] = [];
  for (let k = -4; k <= 4; k++) colsToTry.push(ax - w / 2 + (k * w) / 6);
  colsToTry.push(anchor.x + 1, anchor.x - w);
  for (const ry of rowsToTry) {
    for (const rx of colsToTry) {
      const r = { x: clamp(rx, 0, maxX), y: clamp(ry, 0, maxY), w, h };
      const cx = r.x + w / 2;
      const cy = r.y + h / 2;
      // distance from the anchor tile's box to the rectangle's box, in tiles
      const gapX = Math.max(0, Math.abs(cx - ax) - (w / 2 + 0.5));
      const gapY = Math.max(0, Math.abs(cy - ay) - (h / 2 + 0.5));
      const c = cov.costOf(r) + pull * (gapX + gapY) * (1 + w * h * 0.2) + 0.02 * Math.abs(cx - ax);
      if (c < bestCost - 1e-6) {
        bestCost = c;
        best = r;
      }
    }
  }
  if (bestCost > opts.maxCost) return undefined;
  cov.addRect(best, opts.reserve ?? 40);
  return best;
}

/**
 * A room's name is painted on its floor: the best place inside the room, on free floor
 * (not over tables, counters, stations or where units queue), preferring its lower left.
 */
export function placeInside(cov: Coverage, grid: Grid, room: TileRect, w: number, h: number, busy?: Coverage): TileRect {
  let best: TileRect = { x: room.x, y: room.y + Math.max(0, room.h - h), w, h };
  let bestCost = Infinity;
  const blocked = new Coverage(cov.cols, cov.rows);
  if (busy) blocked.cost.set(busy.cost);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const t = tileAt(grid, x, y);
      if (t !== '.') blocked.add(x, y, t === 'c' ? 1 : 4);
    }
  }
  for (let y = room.y + room.h - h; y >= room.y - 0.01; y -= 0.5) {
    for (let x = room.x; x <= room.x + room.w - w + 0.01; x += 0.5) {
      const r = { x, y, w, h };
      // nearest corner of the room, so names sit in corners rather than mid-floor
      const corner = Math.min(x - room.x, room.x + room.w - (x + w)) + Math.min(y - room.y, room.y + room.h - (y + h));
      const c = cov.costOf(r) + blocked.costOf(r) + 0.08 * corner + 0.01 * (x - room.x) + 0.02 * (room.y + room.h - h - y);
      if (c < bestCost - 1e-6) {
        bestCost = c;
        best = r;
      }
    }
  }
  cov.addRect(best, 40);
  return best;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

/** Does the rectangle touch (or nearly touch) the tile? Then no leader line is needed. */
export function touches(r: TileRect, p: TilePoint, slack = 0.35): boolean {
  return r.x - slack <= p.x + 1 && r.x + r.w + slack >= p.x && r.y - slack <= p.y + 1 && r.y + r.h + slack >= p.y;
}
