import { describe, expect, it } from 'vitest';
import { distanceField, pathTo, type Grid, type TilePoint } from '../../../src/sim/floor/plan';

const SQRT2 = Math.SQRT2;

function grid(tiles: string[], clutterSlowdown = 3): Grid {
  return { width: tiles[0]?.length ?? 0, height: tiles.length, tiles, clutterSlowdown };
}

/** Walking cost in tiles from `from` to `to`. */
function distance(g: Grid, from: TilePoint, to: TilePoint): number {
  return distanceField(g, to)[from.y * g.width + from.x] as number;
}

function expectValidPath(g: Grid, path: TilePoint[], from: TilePoint, to: TilePoint): void {
  expect(path[0]).toEqual(from);
  expect(path[path.length - 1]).toEqual(to);
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as TilePoint;
    const b = path[i] as TilePoint;
    const step = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    expect(step, `step ${i} from (${a.x},${a.y}) to (${b.x},${b.y})`).toBe(1);
    expect('.Dc').toContain(g.tiles[b.y]?.[b.x]);
  }
}

/** The cost of walking a path: each step costs its length times the mean cost of the two tiles it joins. */
function pathCost(g: Grid, path: TilePoint[]): number {
  const tileCost = (p: TilePoint) => (g.tiles[p.y]?.[p.x] === 'c' ? g.clutterSlowdown : 1);
  let cost = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as TilePoint;
    const b = path[i] as TilePoint;
    const len = a.x !== b.x && a.y !== b.y ? SQRT2 : 1;
    cost += (len * (tileCost(a) + tileCost(b))) / 2;
  }
  return cost;
}

const OPEN = grid(['......', '......', '......', '......', '......']);

describe('an open floor', () => {
  it('is 0 at the target itself', () => {
    expect(distance(OPEN, { x: 2, y: 2 }, { x: 2, y: 2 })).toBe(0);
  });

  it('costs one tile per straight step', () => {
    expect(distance(OPEN, { x: 5, y: 0 }, { x: 0, y: 0 })).toBe(5);
    expect(distance(OPEN, { x: 3, y: 4 }, { x: 3, y: 0 })).toBe(4);
  });

  it('costs √2 per diagonal step', () => {
    expect(distance(OPEN, { x: 4, y: 4 }, { x: 0, y: 0 })).toBeCloseTo(4 * SQRT2, 12);
    expect(distance(OPEN, { x: 5, y: 2 }, { x: 0, y: 0 })).toBeCloseTo(2 * SQRT2 + 3, 12);
  });

  it('is the same both ways', () => {
    expect(distance(OPEN, { x: 0, y: 0 }, { x: 5, y: 3 })).toBeCloseTo(distance(OPEN, { x: 5, y: 3 }, { x: 0, y: 0 }), 12);
  });

  it('treats a door like floor', () => {
    expect(distance(grid(['..D..']), { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(4);
  });
});

describe('a wall in the way', () => {
  // The only way past the wall in column 2 is through row 2.
  const g = grid([
    '..#..', //
    '..#..',
    '.....',
  ]);

  it('forces a detour of exactly 4 + 2√2 tiles instead of 4', () => {
    // Each side: one diagonal and two straight steps to reach (2, 2); a second diagonal would cut the wall's corner.
    expect(distance(g, { x: 4, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(4 + 2 * SQRT2, 12);
    expect(distance(grid(['.....', '.....', '.....']), { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(4);
  });

  it('makes the wall tiles themselves unreachable', () => {
    const field = distanceField(g, { x: 0, y: 0 });
    expect(field[0 * 5 + 2]).toBe(Infinity);
    expect(field[1 * 5 + 2]).toBe(Infinity);
  });

  it('is walked round by pathTo: from the start, to the target, one neighbour at a time, at the field cost', () => {
    const to = { x: 0, y: 0 };
    const from = { x: 4, y: 0 };
    const field = distanceField(g, to);
    const path = pathTo(g, field, from);
    expectValidPath(g, path, from, to);
    expect(path.some((p) => p.x === 2 && p.y === 2)).toBe(true);
    expect(pathCost(g, path)).toBeCloseTo(4 + 2 * SQRT2, 12);
  });

  it('blocks like an obstacle tile O does', () => {
    const withObstacles = grid(['..O..', '..O..', '.....']);
    expect(distance(withObstacles, { x: 4, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(4 + 2 * SQRT2, 12);
  });
});

describe('a diagonal step past the corner of a wall', () => {
  it('is not allowed: going round the corner costs 2, not √2', () => {
    const g = grid([
      '.#', //
      '..',
    ]);
    expect(distance(g, { x: 1, y: 1 }, { x: 0, y: 0 })).toBe(2);
    expectValidPath(g, pathTo(g, distanceField(g, { x: 0, y: 0 }), { x: 1, y: 1 }), { x: 1, y: 1 }, { x: 0, y: 0 });
    expect(pathTo(g, distanceField(g, { x: 0, y: 0 }), { x: 1, y: 1 })).toHaveLength(3);
  });

  it('is not allowed between two walls touching at a corner', () => {
    const g = grid([
      '.#', //
      '#.',
    ]);
    expect(distance(g, { x: 1, y: 1 }, { x: 0, y: 0 })).toBe(Infinity);
  });
});

describe('clutter on the way', () => {
  it('costs clutterSlowdown tiles to walk through', () => {
    expect(distance(grid(['..c..'], 3), { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(6);
    expect(distance(grid(['..c..'], 5), { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(8);
    expect(distance(grid(['.ccc.'], 2), { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(7);
  });

  it('costs clutterSlowdown × √2 to cross diagonally', () => {
    // Straight (3 + 3) is dearer than the diagonal through the clutter (3√2).
    expect(distance(grid(['cc', 'cc'], 3), { x: 1, y: 1 }, { x: 0, y: 0 })).toBeCloseTo(3 * SQRT2, 12);
  });

  it('lets a diagonal pass the corner of a cluttered tile (clutter is walkable)', () => {
    expect(distance(grid(['.c', '..'], 3), { x: 1, y: 1 }, { x: 0, y: 0 })).toBeCloseTo(SQRT2, 12);
  });

  it('is walked round when going round is cheaper', () => {
    const g = grid([
      '.....', //
      '..c..',
      '.....',
    ]);
    // Through the clutter: 1 + 3 + 1 + 1 = 6; round it: 2 + 2√2 ≈ 4.83.
    expect(distance(g, { x: 4, y: 1 }, { x: 0, y: 1 })).toBeCloseTo(2 + 2 * SQRT2, 12);
    const path = pathTo(g, distanceField(g, { x: 0, y: 1 }), { x: 4, y: 1 });
    expect(path.some((p) => p.x === 2 && p.y === 1)).toBe(false);
  });

  it('costs the same walking into a cluttered spot as walking out of it: half a step in the clutter, 2 + 3 × 1', () => {
    const g = grid(['c....'], 3);
    expect(distance(g, { x: 0, y: 0 }, { x: 4, y: 0 })).toBe(5);
    expect(distance(g, { x: 4, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it('is symmetric between every pair of tiles of a mixed floor', () => {
    const g = grid(['.c..c', 'c.#.c', '..cc.'], 4);
    const tiles: TilePoint[] = [];
    for (let y = 0; y < g.height; y++) for (let x = 0; x < g.width; x++) if (g.tiles[y]?.[x] !== '#') tiles.push({ x, y });
    let worst = 0;
    for (const a of tiles) for (const b of tiles) worst = Math.max(worst, Math.abs(distance(g, a, b) - distance(g, b, a)));
    expect(worst).toBeLessThan(1e-12);
  });
});

describe('an unreachable tile', () => {
  const g = grid([
    '..#..', //
    '..#..',
    '..#..',
  ]);

  it('is at an infinite distance', () => {
    expect(distance(g, { x: 4, y: 1 }, { x: 0, y: 0 })).toBe(Infinity);
  });

  it('has a path of just itself', () => {
    expect(pathTo(g, distanceField(g, { x: 0, y: 0 }), { x: 4, y: 1 })).toEqual([{ x: 4, y: 1 }]);
  });

  it('makes every distance infinite when it is the target and stands on a wall', () => {
    expect([...distanceField(g, { x: 2, y: 1 })].every((d) => d === Infinity)).toBe(true);
  });
});

describe('pathTo on a floor with walls, doors and clutter', () => {
  const g = grid([
    '..........', //
    '.####D###.',
    '.#..c...#.',
    '.#.##.#.#.',
    '...c..#...',
  ]);
  const targets = [
    { x: 0, y: 0 },
    { x: 3, y: 2 },
    { x: 9, y: 4 },
  ];

  it('from every reachable tile starts there, ends at the target, steps to neighbours and costs what the field says', () => {
    for (const to of targets) {
      const field = distanceField(g, to);
      for (let y = 0; y < g.height; y++) {
        for (let x = 0; x < g.width; x++) {
          const d = field[y * g.width + x] as number;
          if (!Number.isFinite(d)) continue;
          const path = pathTo(g, field, { x, y });
          expectValidPath(g, path, { x, y }, to);
          expect(pathCost(g, path)).toBeCloseTo(d, 9);
        }
      }
    }
  });

  it('is just the start when the start is the target', () => {
    expect(pathTo(g, distanceField(g, { x: 3, y: 2 }), { x: 3, y: 2 })).toEqual([{ x: 3, y: 2 }]);
  });
});
