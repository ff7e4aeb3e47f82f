/**
 * The floor plan as a grid of tiles, and walking distances over it.
 * People move between tile centres in eight directions; a diagonal step may not cut the
 * corner of a wall. Clutter is walkable but costs more (people squeeze around it), which is
 * what 5S "Sort" removes. Pure functions over plain data.
 */
export type Tile = '.' | '#' | 'D' | 'O' | 'c';

export interface Grid {
  width: number;
  height: number;
  /** row-major tile characters */
  tiles: readonly string[];
  clutterSlowdown: number;
}

export interface TilePoint {
  x: number;
  y: number;
}

export function tileAt(grid: Grid, x: number, y: number): Tile | undefined {
  if (x < 0 || y < 0 || y >= grid.height || x >= grid.width) return undefined;
  return grid.tiles[y]?.[x] as Tile | undefined;
}

export function isWalkable(tile: Tile | undefined): boolean {
  return tile === '.' || tile === 'D' || tile === 'c';
}

/** Cost, in tiles, of crossing a tile. */
function entryCost(grid: Grid, x: number, y: number): number {
  return tileAt(grid, x, y) === 'c' ? grid.clutterSlowdown : 1;
}

/** Cost of one step between neighbouring tiles: half of it is walked in each tile, so it is the same both ways. */
function stepCost(grid: Grid, x: number, y: number, dx: number, dy: number, len: number): number {
  return (len * (entryCost(grid, x, y) + entryCost(grid, x + dx, y + dy))) / 2;
}

const STEPS: readonly (readonly [number, number, number])[] = [
  [1, 0, 1],
  [-1, 0, 1],
  [0, 1, 1],
  [0, -1, 1],
  [1, 1, Math.SQRT2],
  [1, -1, Math.SQRT2],
  [-1, 1, Math.SQRT2],
  [-1, -1, Math.SQRT2],
];

function canStep(grid: Grid, x: number, y: number, dx: number, dy: number): boolean {
  if (!isWalkable(tileAt(grid, x + dx, y + dy))) return false;
  if (dx !== 0 && dy !== 0) {
    return isWalkable(tileAt(grid, x + dx, y)) && isWalkable(tileAt(grid, x, y + dy));
  }
  return true;
}

/**
 * Walking cost (in tiles) from every tile to `target`: Dijkstra from the target outwards.
 * Unreachable tiles hold Infinity. Costs are symmetric because a step costs the mean of the
 * two tiles it joins (half a step in each), so a cluttered end costs the same in either direction.
 */
export function distanceField(grid: Grid, target: TilePoint): Float64Array {
  const n = grid.width * grid.height;
  const dist = new Float64Array(n).fill(Infinity);
  const start = target.y * grid.width + target.x;
  if (!isWalkable(tileAt(grid, target.x, target.y))) return dist;
  dist[start] = 0;
  const heap = new MinHeap();
  heap.push(start, 0);
  while (heap.size > 0) {
    const [i, d] = heap.pop();
    if (d > (dist[i] as number)) continue;
    const x = i % grid.width;
    const y = (i - x) / grid.width;
    for (const [dx, dy, len] of STEPS) {
      if (!canStep(grid, x, y, dx, dy)) continue;
      const nd = d + stepCost(grid, x, y, dx, dy, len);
      const j = (y + dy) * grid.width + (x + dx);
      if (nd < (dist[j] as number)) {
        dist[j] = nd;
        heap.push(j, nd);
      }
    }
  }
  return dist;
}

/**
 * The tiles of a shortest walk from `from` to the target of `field`, both ends included.
 * Follows the field downhill; used to draw paths (the spaghetti diagram).
 */
export function pathTo(grid: Grid, field: Float64Array, from: TilePoint): TilePoint[] {
  const path: TilePoint[] = [{ x: from.x, y: from.y }];
  let x = from.x;
  let y = from.y;
  if (!Number.isFinite(field[y * grid.width + x] as number)) return path;
  for (let guard = 0; guard < grid.width * grid.height; guard++) {
    const here = field[y * grid.width + x] as number;
    if (here === 0) break;
    let best = -1;
    let bestValue = Infinity;
    for (let k = 0; k < STEPS.length; k++) {
      const [dx, dy, len] = STEPS[k] as readonly [number, number, number];
      if (!canStep(grid, x, y, dx, dy)) continue;
      const v = (field[(y + dy) * grid.width + (x + dx)] as number) + stepCost(grid, x, y, dx, dy, len);
      if (v < bestValue - 1e-9) {
        bestValue = v;
        best = k;
      }
    }
    if (best < 0) break;
    const step = STEPS[best] as readonly [number, number, number];
    x += step[0];
    y += step[1];
    path.push({ x, y });
  }
  return path;
}

/** A small binary heap of (tile index, cost) for Dijkstra. */
class MinHeap {
  private items: number[] = [];
  private costs: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, cost: number): void {
    this.items.push(item);
    this.costs.push(cost);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((this.costs[p] as number) <= cost) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.items[0] as number, this.costs[0] as number];
    const lastItem = this.items.pop() as number;
    const lastCost = this.costs.pop() as number;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.costs[0] = lastCost;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && (this.costs[l] as number) < (this.costs[m] as number)) m = l;
        if (r < this.items.length && (this.costs[r] as number) < (this.costs[m] as number)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    const ti = this.items[a] as number;
    this.items[a] = this.items[b] as number;
    this.items[b] = ti;
    const tc = this.costs[a] as number;
    this.costs[a] = this.costs[b] as number;
    this.costs[b] = tc;
  }
}
