/**
 * A level's floor plan as inline SVG: tiles, rooms, stations and spots. The base of the
 * spaghetti diagram and of the simple floor view used when the Phaser renderer is absent.
 * One tile is 10 SVG units; tile (x, y) has its centre at (10x + 5, 10y + 5).
 */
import type { Level } from '../../sim';
import { svg, uniqueId } from '../dom';
import type { Lang } from '../i18n';

export const TILE = 10;
export const centre = (t: number): number => t * TILE + TILE / 2;

export interface PlanDrawing {
  svg: SVGSVGElement;
  /** drawn over the tiles and under the station labels: paths, units, highlights */
  overlay: SVGGElement;
  width: number;
  height: number;
}

const TILE_CLASS: Record<string, string> = { '#': 'plan__wall', O: 'plan__obstacle', D: 'plan__door', c: 'plan__clutter' };

export function drawPlan(level: Level, lang: Lang, options: { label: string; stationLabels?: boolean }): PlanDrawing {
  const rows = level.floor.tiles;
  const cols = Math.max(...rows.map((r) => r.length));
  const width = cols * TILE;
  const height = rows.length * TILE;
  const hatch = uniqueId('clutter');
  const root = svg('svg', {
    class: 'plan',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': options.label,
    preserveAspectRatio: 'xMidYMid meet',
  });
  root.append(
    svg(
      'defs',
      {},
      svg(
        'pattern',
        { id: hatch, width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('rect', { width: 4, height: 4, class: 'plan__clutter-bg' }),
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 4, class: 'plan__clutter-line' }),
      ),
    ),
    svg('rect', { class: 'plan__floor', x: 0, y: 0, width, height }),
  );

  // Runs of equal tiles in a row become one rectangle: a few dozen elements, not hundreds.
  const tiles = svg('g', { class: 'plan__tiles' });
  rows.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      const ch = row[x] as string;
      let end = x + 1;
      while (end < row.length && row[end] === ch) end++;
      const cls = TILE_CLASS[ch];
      if (cls) {
        tiles.append(
          svg('rect', {
            class: cls,
            x: x * TILE,
            y: y * TILE,
            width: (end - x) * TILE,
            height: TILE,
            fill: ch === 'c' ? `url(#${hatch})` : undefined,
          }),
        );
      }
      x = end;
    }
  });
  root.append(tiles);

  const rooms = svg('g', { class: 'plan__rooms', 'aria-hidden': 'true' });
  for (const room of level.floor.rooms) {
    // Bottom right of the room, where station labels rarely are.
    rooms.append(
      svg('text', { class: 'plan__room-name', x: (room.x + room.w) * TILE - 2, y: (room.y + room.h) * TILE - 2, 'text-anchor': 'end' }, room.name[lang]),
    );
  }
  root.append(rooms);

  const overlay = svg('g', { class: 'plan__overlay' });
  root.append(overlay);

  const marks = svg('g', { class: 'plan__stations' });
  for (const s of level.stations) {
    marks.append(
      svg('rect', { class: 'plan__station', x: s.x * TILE + 1.5, y: s.y * TILE + 1.5, width: TILE - 3, height: TILE - 3, rx: 1.5 }),
    );
  }
  for (const p of level.spots) {
    marks.append(svg('circle', { class: 'plan__spot', cx: centre(p.x), cy: centre(p.y), r: 2.2 }));
  }
  root.append(marks);

  if (options.stationLabels !== false) {
    const labels = svg('g', { class: 'plan__labels', 'aria-hidden': 'true' });
    for (const l of placeLabels(level, lang, width, height)) {
      labels.append(svg('text', { class: 'plan__label', x: l.x, y: l.y, 'text-anchor': l.anchor }, l.text));
    }
    root.append(labels);
  }
  return { svg: root, overlay, width, height };
}

/** Font size of station labels in SVG units (see .plan__label), and a rough width per character. */
const LABEL_SIZE = 5;
const CHAR_WIDTH = LABEL_SIZE * 0.64;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Label {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Station names placed so that they do not cover each other or the station marks: below the
 * mark, else above, right or left, whichever is free first (greedy, top to bottom).
 */
export function placeLabels(level: Level, lang: Lang, width: number, height: number): Label[] {
  const marks: Box[] = level.stations.map((s) => ({ x0: s.x * TILE, y0: s.y * TILE, x1: (s.x + 1) * TILE, y1: (s.y + 1) * TILE }));
  const placed: Box[] = [];
  const hits = (b: Box): boolean =>
    [...placed, ...marks].some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) ||
    b.x0 < 0 || b.x1 > width || b.y0 < 0 || b.y1 > height;
  const order = [...level.stations].sort((a, b) => a.y - b.y || a.x - b.x);
  return order.map((s) => {
    const text = s.name[lang];
    const w = text.length * CHAR_WIDTH;
    const cx = centre(s.x);
    const clampX = (x: number): number => Math.max(w / 2, Math.min(width - w / 2, x));
    const candidates: Box[] = [
      { x0: clampX(cx) - w / 2, y0: (s.y + 1) * TILE + 0.5, x1: clampX(cx) + w / 2, y1: (s.y + 1) * TILE + 0.5 + LABEL_SIZE + 1 },
      { x0: clampX(cx) - w / 2, y0: s.y * TILE - LABEL_SIZE - 1.5, x1: clampX(cx) + w / 2, y1: s.y * TILE - 0.5 },
      { x0: (s.x + 1) * TILE + 1, y0: centre(s.y) - LABEL_SIZE / 2 - 0.5, x1: (s.x + 1) * TILE + 1 + w, y1: centre(s.y) + LABEL_SIZE / 2 + 0.5 },
      { x0: s.x * TILE - 1 - w, y0: centre(s.y) - LABEL_SIZE / 2 - 0.5, x1: s.x * TILE - 1, y1: centre(s.y) + LABEL_SIZE / 2 + 0.5 },
    ];
    const box = candidates.find((b) => !hits(b)) ?? (candidates[0] as Box);
    placed.push(box);
    // Text baseline sits a little above the box's bottom edge.
    return { text, x: box.x0, y: box.y1 - 1.3, anchor: 'start' as const };
  });
}
