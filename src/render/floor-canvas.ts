/**
 * The still part of the plan, drawn once per level/phase/size/language onto one canvas that
 * becomes a texture: floor and rooms, walls and doors, counters and tables, clutter boxes,
 * room names, entrances and exits with their labels, routing arrows and the card signs that
 * stand on spots or painted areas. Stations, units and badges are drawn above it by the scene.
 */
import type { Level } from '../sim';
import { isWalkable, tileAt, type Grid, type TilePoint } from '../sim/floor/plan';
import { drawGlyph } from './icons';
import { touches, type TileRect } from './layout';
import {
  BOX,
  BOX_DARK,
  BOX_TAPE,
  CHAIR,
  COUNTER_EDGE,
  COUNTER_TOP,
  DOOR_ARC,
  DOOR_LEAF,
  FLOOR,
  FLOOR_GRID,
  INK,
  MUTED,
  PAPER,
  ROOM_LABEL,
  ROOM_TINTS,
  ROUTE_ARROW,
  ROUTE_TAPE,
  SPOT,
  TABLE_EDGE,
  TABLE_TOP,
  WALL,
  WALL_EDGE,
} from './palette';

export interface FloorLabel {
  text: string[];
  rect: TileRect;
  kind: 'room' | 'spot';
  /** the tile a spot's label names: a leader line is drawn to it when the label stands away */
  anchor: TilePoint | undefined;
}

export interface FloorDrawing {
  level: Level;
  grid: Grid;
  tile: number;
  dpr: number;
  font: number;
  fontFamily: string;
  labels: FloorLabel[];
  spotMarkers: { x: number; y: number; role: 'in' | 'out' | 'inout' | undefined; onDoor: boolean }[];
  routeLegs: TilePoint[][];
  signs: { x: number; y: number; size: number; paint: (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => void }[];
  /** draw the tile grid strongly (kaizen: tiles are where stations can go) */
  strongGrid: boolean;
}

/** A small deterministic hash of a tile, for the clutter's varied boxes. */
function hash(x: number, y: number, k: number): number {
  let h = (x * 374761393 + y * 668265263 + k * 2147483647) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

export function drawFloor(ctx: CanvasRenderingContext2D, d: FloorDrawing): void {
  const { grid, tile: T, level } = d;
  const W = grid.width * T;
  const H = grid.height * T;
  ctx.clearRect(0, 0, W, H);
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';

  // 1. floor, tinted per room
  ctx.fillStyle = FLOOR;
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) !== '#') ctx.fillRect(x * T, y * T, T, T);
    }
  }
  level.floor.rooms.forEach((r, i) => {
    ctx.fillStyle = ROOM_TINTS[i % ROOM_TINTS.length] as string;
    for (let y = r.y; y < r.y + r.h; y++) {
      for (let x = r.x; x < r.x + r.w; x++) {
        if (tileAt(grid, x, y) !== '#') ctx.fillRect(x * T, y * T, T, T);
      }
    }
  });

  // 2. the tile grid on walkable floor: faint, stronger in kaizen
  ctx.strokeStyle = FLOOR_GRID;
  ctx.lineWidth = Math.max(1, Math.round(d.dpr * (d.strongGrid ? 1 : 0.75)));
  ctx.globalAlpha = d.strongGrid ? 1 : 0.8;
  ctx.beginPath();
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (!isWalkable(tileAt(grid, x, y))) continue;
      const px = x * T + 0.5;
      const py = y * T + 0.5;
      ctx.moveTo(px, py);
      ctx.lineTo(px + T, py);
      ctx.moveTo(px, py);
      ctx.lineTo(px, py + T);
    }
  }
  ctx.stroke();
  ctx.globalAlpha = 1;

  // 3. routing: arrows taped on the floor along the route
  if (d.routeLegs.length > 0) drawRouteArrows(ctx, d.routeLegs, T);

  // 4. obstacles: counters (against a wall) and tables (free-standing)
  drawObstacles(ctx, grid, T, d.dpr);

  // 5. clutter: boxes piled on the floor
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) === 'c') drawClutter(ctx, x, y, T, d.dpr);
    }
  }

  // 6. walls, then doors cut into them
  ctx.fillStyle = WALL;
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) === '#') ctx.fillRect(x * T, y * T, T, T);
    }
  }
  drawWallEdges(ctx, grid, T, d.dpr);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) === 'D') drawDoor(ctx, grid, x, y, T, d.dpr);
    }
  }

  // 7. entrances and exits
  for (const m of d.spotMarkers) {
    if (m.onDoor && !m.role) continue;
    const cx = (m.x + 0.5) * T;
    const cy = (m.y + 0.5) * T;
    const r = T * 0.42;
    ctx.fillStyle = PAPER;
    ctx.strokeStyle = SPOT;
    ctx.lineWidth = Math.max(1.5, 1.6 * d.dpr);
    ctx.setLineDash([3 * d.dpr, 2.5 * d.dpr]);
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.setLineDash([]);
    if (m.role) drawGlyph(ctx, m.role, cx, cy, T * 0.56, SPOT);
  }

  // 8. labels: room names painted on the floor, spot names on small plates
  for (const l of d.labels) drawLabel(ctx, l, T, d);

  // 9. card signs that stand on spots and painted areas
  for (const s of d.signs) s.paint(ctx, s.x, s.y, s.size);
}

function drawObstacles(ctx: CanvasRenderingContext2D, grid: Grid, T: number, dpr: number): void {
  const seen = new Uint8Array(grid.width * grid.height);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) !== 'O' || seen[y * grid.width + x]) continue;
      // flood the 4-connected component
      const tiles: TilePoint[] = [];
      const stack: TilePoint[] = [{ x, y }];
      seen[y * grid.width + x] = 1;
      let touchesWall = false;
      while (stack.length > 0) {
        const p = stack.pop() as TilePoint;
        tiles.push(p);
        for (const [dx, dy] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const nx = p.x + dx;
          const ny = p.y + dy;
          const t = tileAt(grid, nx, ny);
          if (t === '#') touchesWall = true;
          if (t === 'O' && !seen[ny * grid.width + nx]) {
            seen[ny * grid.width + nx] = 1;
            stack.push({ x: nx, y: ny });
          }
        }
      }
      if (touchesWall) drawCounter(ctx, grid, tiles, T, dpr);
      else drawTable(ctx, grid, tiles, T, dpr);
    }
  }
}

function isO(grid: Grid, x: number, y: number): boolean {
  return tileAt(grid, x, y) === 'O';
}

/** Fills a set of tiles as one shape with an outline along its outer edges, inset by `inset`. */
function fillShape(ctx: CanvasRenderingContext2D, grid: Grid, tiles: TilePoint[], T: number, inset: number, fill: string, edge: string, lw: number): void {
  ctx.fillStyle = fill;
  for (const p of tiles) {
    const l = isO(grid, p.x - 1, p.y) ? 0 : inset;
    const r = isO(grid, p.x + 1, p.y) ? 0 : inset;
    const t = isO(grid, p.x, p.y - 1) ? 0 : inset;
    const b = isO(grid, p.x, p.y + 1) ? 0 : inset;
    ctx.fillRect(p.x * T + l, p.y * T + t, T - l - r, T - t - b);
  }
  ctx.strokeStyle = edge;
  ctx.lineWidth = lw;
  ctx.beginPath();
  for (const p of tiles) {
    const x0 = p.x * T + inset;
    const x1 = (p.x + 1) * T - inset;
    const y0 = p.y * T + inset;
    const y1 = (p.y + 1) * T - inset;
    const ext = (cond: boolean) => (cond ? inset : 0);
    if (!isO(grid, p.x, p.y - 1)) {
      ctx.moveTo(x0 - ext(isO(grid, p.x - 1, p.y)), y0);
      ctx.lineTo(x1 + ext(isO(grid, p.x + 1, p.y)), y0);
    }
    if (!isO(grid, p.x, p.y + 1)) {
      ctx.moveTo(x0 - ext(isO(grid, p.x - 1, p.y)), y1);
      ctx.lineTo(x1 + ext(isO(grid, p.x + 1, p.y)), y1);
    }
    if (!isO(grid, p.x - 1, p.y)) {
      ctx.moveTo(x0, y0 - ext(isO(grid, p.x, p.y - 1)));
      ctx.lineTo(x0, y1 + ext(isO(grid, p.x, p.y + 1)));
    }
    if (!isO(grid, p.x + 1, p.y)) {
      ctx.moveTo(x1, y0 - ext(isO(grid, p.x, p.y - 1)));
      ctx.lineTo(x1, y1 + ext(isO(grid, p.x, p.y + 1)));
    }
  }
  ctx.stroke();
}

function drawCounter(ctx: CanvasRenderingContext2D, grid: Grid, tiles: TilePoint[], T: number, dpr: number): void {
  const inset = Math.round(T * 0.08);
  fillShape(ctx, grid, tiles, T, inset, COUNTER_TOP, COUNTER_EDGE, Math.max(1.5, 1.5 * dpr));
  // joints between counter sections
  ctx.strokeStyle = COUNTER_EDGE;
  ctx.globalAlpha = 0.35;
  ctx.lineWidth = Math.max(1, dpr);
  ctx.beginPath();
  for (const p of tiles) {
    if (isO(grid, p.x + 1, p.y) && (p.x + 1) % 2 === 0) {
      ctx.moveTo((p.x + 1) * T, p.y * T + inset * 2);
      ctx.lineTo((p.x + 1) * T, (p.y + 1) * T - inset * 2);
    }
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function drawTable(ctx: CanvasRenderingContext2D, grid: Grid, tiles: TilePoint[], T: number, dpr: number): void {
  // chairs on the free floor along the long sides
  ctx.fillStyle = CHAIR;
  for (const p of tiles) {
    for (const dy of [-1, 1]) {
      if (tileAt(grid, p.x, p.y + dy) !== '.') continue;
      const cy = dy < 0 ? p.y * T - T * 0.3 : (p.y + 1) * T + T * 0.06;
      ctx.beginPath();
      ctx.roundRect(p.x * T + T * 0.22, cy, T * 0.56, T * 0.24, T * 0.08);
      ctx.fill();
    }
  }
  const inset = Math.round(T * 0.1);
  fillShape(ctx, grid, tiles, T, inset, TABLE_TOP, TABLE_EDGE, Math.max(1.5, 1.5 * dpr));
}

function drawClutter(ctx: CanvasRenderingContext2D, x: number, y: number, T: number, dpr: number): void {
  const n = 2 + Math.floor(hash(x, y, 1) * 2);
  for (let i = 0; i < n; i++) {
    const s = T * (0.34 + 0.16 * hash(x, y, 10 + i));
    const cx = x * T + T * (0.22 + 0.56 * hash(x, y, 20 + i));
    const cy = y * T + T * (0.22 + 0.56 * hash(x, y, 30 + i));
    const a = (hash(x, y, 40 + i) - 0.5) * 0.9;
    ctx.save();
    ctx.translate(cx, cy);
    ctx.rotate(a);
    ctx.fillStyle = BOX;
    ctx.strokeStyle = BOX_DARK;
    ctx.lineWidth = Math.max(1, 1.2 * dpr);
    ctx.fillRect(-s / 2, -s / 2, s, s);
    ctx.strokeRect(-s / 2, -s / 2, s, s);
    ctx.strokeStyle = BOX_TAPE;
    ctx.lineWidth = Math.max(1, s * 0.14);
    ctx.beginPath();
    ctx.moveTo(0, -s / 2 + 1);
    ctx.lineTo(0, s / 2 - 1);
    ctx.stroke();
    ctx.restore();
  }
}

function drawWallEdges(ctx: CanvasRenderingContext2D, grid: Grid, T: number, dpr: number): void {
  // a darker line where a wall meets the floor, so walls read as solid
  ctx.strokeStyle = WALL_EDGE;
  ctx.lineWidth = Math.max(1, dpr);
  ctx.beginPath();
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (tileAt(grid, x, y) !== '#') continue;
      const open = (dx: number, dy: number) => {
        const t = tileAt(grid, x + dx, y + dy);
        return t !== undefined && t !== '#';
      };
      if (open(0, -1)) {
        ctx.moveTo(x * T, y * T + 0.5);
        ctx.lineTo((x + 1) * T, y * T + 0.5);
      }
      if (open(0, 1)) {
        ctx.moveTo(x * T, (y + 1) * T - 0.5);
        ctx.lineTo((x + 1) * T, (y + 1) * T - 0.5);
      }
      if (open(-1, 0)) {
        ctx.moveTo(x * T + 0.5, y * T);
        ctx.lineTo(x * T + 0.5, (y + 1) * T);
      }
      if (open(1, 0)) {
        ctx.moveTo((x + 1) * T - 0.5, y * T);
        ctx.lineTo((x + 1) * T - 0.5, (y + 1) * T);
      }
    }
  }
  ctx.stroke();
}

function drawDoor(ctx: CanvasRenderingContext2D, grid: Grid, x: number, y: number, T: number, dpr: number): void {
  const wall = (dx: number, dy: number) => tileAt(grid, x + dx, y + dy) === '#';
  const horizontal = wall(-1, 0) || wall(1, 0) || !(wall(0, -1) || wall(0, 1));
  ctx.save();
  ctx.translate(x * T, y * T);
  // jambs
  ctx.fillStyle = WALL_EDGE;
  const j = Math.max(2, T * 0.1);
  if (horizontal) {
    ctx.fillRect(0, 0, j, T);
    ctx.fillRect(T - j, 0, j, T);
  } else {
    ctx.fillRect(0, 0, T, j);
    ctx.fillRect(0, T - j, T, j);
  }
  // the leaf, open at 90°, and its swing
  ctx.strokeStyle = DOOR_ARC;
  ctx.lineWidth = Math.max(1, dpr);
  ctx.setLineDash([2.5 * dpr, 2.5 * dpr]);
  ctx.beginPath();
  if (horizontal) ctx.arc(j, 0, T - 2 * j, 0, Math.PI / 2);
  else ctx.arc(0, j, T - 2 * j, 0, Math.PI / 2);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.strokeStyle = DOOR_LEAF;
  ctx.lineWidth = Math.max(2, T * 0.09);
  ctx.lineCap = 'round';
  ctx.beginPath();
  if (horizontal) {
    ctx.moveTo(j, 0);
    ctx.lineTo(j, T - 2 * j);
  } else {
    ctx.moveTo(0, j);
    ctx.lineTo(T - 2 * j, j);
  }
  ctx.stroke();
  ctx.restore();
}

function drawRouteArrows(ctx: CanvasRenderingContext2D, legs: TilePoint[][], T: number): void {
  // floor tape along each walk, with an arrowhead every couple of tiles
  ctx.strokeStyle = ROUTE_TAPE;
  ctx.fillStyle = ROUTE_ARROW;
  ctx.lineWidth = Math.max(2, T * 0.09);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const spacing = 2;
  for (const path of legs) {
    ctx.beginPath();
    path.forEach((p, i) => {
      const x = (p.x + 0.5) * T;
      const y = (p.y + 0.5) * T;
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
    let carry = 1;
    for (let i = 1; i < path.length; i++) {
      const a = path[i - 1] as TilePoint;
      const b = path[i] as TilePoint;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const ux = (b.x - a.x) / len;
      const uy = (b.y - a.y) / len;
      let s = carry;
      while (s < len) {
        const nearEnd = i === path.length - 1 && len - s < 0.6;
        if (!nearEnd) arrowHead(ctx, (a.x + ux * s + 0.5) * T, (a.y + uy * s + 0.5) * T, ux, uy, T);
        s += spacing;
      }
      carry = s - len;
    }
  }
  ctx.lineCap = 'butt';
}

function arrowHead(ctx: CanvasRenderingContext2D, cx: number, cy: number, ux: number, uy: number, T: number): void {
  const L = T * 0.22;
  const Wd = T * 0.2;
  const px = -uy;
  const py = ux;
  ctx.beginPath();
  ctx.moveTo(cx + ux * L, cy + uy * L);
  ctx.lineTo(cx - ux * L + px * Wd, cy - uy * L + py * Wd);
  ctx.lineTo(cx - ux * L * 0.4, cy - uy * L * 0.4);
  ctx.lineTo(cx - ux * L - px * Wd, cy - uy * L - py * Wd);
  ctx.closePath();
  ctx.fill();
}

function drawLabel(ctx: CanvasRenderingContext2D, l: FloorLabel, T: number, d: FloorDrawing): void {
  const x = l.rect.x * T;
  const y = l.rect.y * T;
  const w = l.rect.w * T;
  const h = l.rect.h * T;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (l.kind === 'room') {
    ctx.font = `700 ${d.font}px ${d.fontFamily}`;
    const lineH = d.font * 1.15;
    l.text.forEach((line, i) => {
      const ty = y + h / 2 + (i - (l.text.length - 1) / 2) * lineH;
      ctx.lineWidth = Math.max(2, d.font * 0.22);
      ctx.strokeStyle = FLOOR;
      ctx.lineJoin = 'round';
      ctx.strokeText(line, x + w / 2, ty);
      ctx.fillStyle = ROOM_LABEL;
      ctx.fillText(line, x + w / 2, ty);
    });
    return;
  }
  if (l.anchor && !touches(l.rect, l.anchor)) {
    const ax = (l.anchor.x + 0.5) * T;
    const ay = (l.anchor.y + 0.5) * T;
    ctx.strokeStyle = MUTED;
    ctx.lineWidth = Math.max(1.5, 1.5 * d.dpr);
    ctx.beginPath();
    ctx.moveTo(ax, ay);
    ctx.lineTo(Math.max(x, Math.min(x + w, ax)), Math.max(y, Math.min(y + h, ay)));
    ctx.stroke();
    ctx.fillStyle = MUTED;
    ctx.beginPath();
    ctx.arc(ax, ay, Math.max(2, 2.5 * d.dpr), 0, Math.PI * 2);
    ctx.fill();
  }
  ctx.fillStyle = PAPER;
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = Math.max(1, d.dpr);
  ctx.beginPath();
  ctx.roundRect(x + 0.5, y + 0.5, w - 1, h - 1, Math.min(h / 2, 6 * d.dpr));
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `600 ${d.font}px ${d.fontFamily}`;
  const lineH = d.font * 1.15;
  l.text.forEach((line, i) => {
    ctx.fillText(line, x + w / 2, y + h / 2 + (i - (l.text.length - 1) / 2) * lineH);
  });
}
