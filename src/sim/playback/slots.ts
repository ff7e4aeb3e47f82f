/**
 * Where units stand at a station: the station's own tile first, then the nearest free floor
 * tiles around it (breadth-first, in a fixed direction order so the layout never changes).
 * Tiles of other stations and spots are skipped so nobody is drawn on top of a counter.
 */
import { isWalkable, tileAt, type TilePoint } from '../floor/plan';
import type { Model } from '../engine/model';

const DIRECTIONS: readonly [number, number][] = [
  [0, 1],
  [1, 0],
  [-1, 0],
  [0, -1],
  [1, 1],
  [-1, 1],
  [1, -1],
  [-1, -1],
];

export function placeSlots(model: Model, station: number, count: number): TilePoint[] {
  const start = model.points[station];
  if (!start) return [];
  const taken = new Set(model.points.map((p, i) => (i === station ? '' : `${p.x},${p.y}`)));
  const seen = new Set([`${start.x},${start.y}`]);
  const slots: TilePoint[] = [{ x: start.x, y: start.y }];
  const queue: TilePoint[] = [start];
  for (let head = 0; head < queue.length && slots.length < count; head++) {
    const p = queue[head] as TilePoint;
    for (const [dx, dy] of DIRECTIONS) {
      const x = p.x + dx;
      const y = p.y + dy;
      const key = `${x},${y}`;
      if (seen.has(key) || !isWalkable(tileAt(model.grid, x, y))) continue;
      seen.add(key);
      queue.push({ x, y });
      if (!taken.has(key)) slots.push({ x, y });
      if (slots.length >= count) break;
    }
  }
  return slots;
}
