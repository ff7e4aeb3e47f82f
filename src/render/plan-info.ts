/**
 * What the floor needs to know about a level, derived once per level: where each station's
 * counter is, which spots are entrances and exits, where the applied cards act, and the
 * pupils' route for floor arrows. Pure: reads the level, never changes it.
 */
import type { Card, Level, Text } from '../sim';
import { gridOf } from '../sim/engine/model';
import { distanceField, isWalkable, pathTo, tileAt, type Grid, type TilePoint } from '../sim/floor/plan';
import { stationIcon, type StationIcon } from './icons';

export interface StationInfo {
  index: number;
  id: string;
  name: Text;
  x: number;
  y: number;
  servers: number;
  staffed: boolean;
  icon: StationIcon;
  /** the blocking tile next to the station the counter stands on, if any */
  counter: TilePoint | undefined;
}

export interface SpotInfo {
  id: string;
  name: Text;
  x: number;
  y: number;
  /** units enter here, leave here, or both */
  role: 'in' | 'out' | 'inout' | undefined;
  /** the room the spot lies in, if its name is the same as the spot's (then the label is left out) */
  sameAsRoom: boolean;
}

export type SignPlace = { kind: 'station'; id: string } | { kind: 'spot'; id: string } | { kind: 'tile'; x: number; y: number };

export interface Sign {
  card: string;
  tool: Card['tool'];
  place: SignPlace;
}

export interface PlanInfo {
  level: Level;
  grid: Grid;
  cols: number;
  rows: number;
  stations: StationInfo[];
  spots: SpotInfo[];
}

/** Up, left, right, down: the counter is searched for in this order. */
const SIDES: readonly [number, number][] = [
  [0, -1],
  [-1, 0],
  [1, 0],
  [0, 1],
];

export function counterOf(grid: Grid, x: number, y: number): TilePoint | undefined {
  for (const [dx, dy] of SIDES) {
    const t = tileAt(grid, x + dx, y + dy);
    if (t === 'O') return { x: x + dx, y: y + dy };
  }
  for (const [dx, dy] of SIDES) {
    const t = tileAt(grid, x + dx, y + dy);
    if (t === '#') return { x: x + dx, y: y + dy };
  }
  return undefined;
}

export function planInfo(level: Level): PlanInfo {
  const grid = gridOf(level);
  const stations = level.stations.map((s, index) => ({
    index,
    id: s.id,
    name: s.name,
    x: s.x,
    y: s.y,
    servers: s.servers,
    staffed: s.staffed,
    icon: stationIcon(s.id, s.name.en),
    counter: counterOf(grid, s.x, s.y),
  }));
  const spots = level.spots.map((s) => {
    const enters = level.entities.some((e) => e.enterAt === s.id);
    const leaves = level.entities.some((e) => e.leaveAt === s.id);
    const role: SpotInfo['role'] = enters && leaves ? 'inout' : enters ? 'in' : leaves ? 'out' : undefined;
    const room = level.floor.rooms.find((r) => s.x >= r.x && s.x < r.x + r.w && s.y >= r.y && s.y < r.y + r.h);
    return { id: s.id, name: s.name, x: s.x, y: s.y, role, sameAsRoom: !!room && room.name.ru === s.name.ru };
  });
  return { level, grid, cols: grid.width, rows: grid.height, stations, spots };
}

/**
 * Where each applied card acts, read from its effects' targets: `stations.cash.servers` → the
 * cash desk; `entities.pupil.route.pay.duration` → the station of step "pay";
 * `entities.pupil.arrivals…` → where pupils come in; `spots.exit.x` → that spot; a `paint`
 * → the middle of the painted rectangle. One sign per card and place.
 */
export function signsOf(level: Level, applied: readonly string[], baseLevel?: Level): Sign[] {
  const signs: Sign[] = [];
  for (const cardId of applied) {
    const card = level.cards.find((c) => c.id === cardId) ?? baseLevel?.cards.find((c) => c.id === cardId);
    if (!card) continue;
    const places: SignPlace[] = [];
    for (const effect of card.effects) {
      if (effect.op === 'paint') {
        places.push({ kind: 'tile', x: Math.floor(effect.x + (effect.w - 1) / 2), y: Math.floor(effect.y + (effect.h - 1) / 2) });
        continue;
      }
      // a new route step acts where it is done, a new spot where it is, not at what they follow
      const value = effect.op === 'insertAfter' ? (effect.value as { id?: unknown; station?: unknown; x?: unknown }) : undefined;
      if (value && typeof value.station === 'string' && level.stations.some((s) => s.id === value.station)) {
        places.push({ kind: 'station', id: value.station });
      } else if (value && typeof value.id === 'string' && typeof value.x === 'number' && level.spots.some((s) => s.id === value.id)) {
        places.push({ kind: 'spot', id: value.id });
      } else if (effect.op === 'set' && /^entities\.[^.]+\.(enterAt|leaveAt)$/.test(effect.target) && typeof effect.value === 'string') {
        if (level.spots.some((s) => s.id === effect.value)) places.push({ kind: 'spot', id: effect.value });
      } else {
        const p = placeOfTarget(level, effect.target, baseLevel);
        if (p) places.push(p);
      }
    }
    for (const place of mergePlaces(level, places).slice(0, MAX_SIGNS_PER_CARD)) signs.push({ card: card.id, tool: card.tool, place });
  }
  return signs;
}

/** A card that changes many things shows its sign at its first few places only. */
const MAX_SIGNS_PER_CARD = 3;

/** Drops repeated places, and painted tiles right next to a station or spot the card also acts on. */
function mergePlaces(level: Level, places: SignPlace[]): SignPlace[] {
  const where = (p: SignPlace): { x: number; y: number } | undefined =>
    p.kind === 'tile' ? p : p.kind === 'station' ? level.stations.find((s) => s.id === p.id) : level.spots.find((s) => s.id === p.id);
  const named = places.filter((p) => p.kind !== 'tile');
  const out: SignPlace[] = [];
  const keys = new Set<string>();
  for (const p of places) {
    if (p.kind === 'tile') {
      const near = named.some((n) => {
        const q = where(n);
        return q !== undefined && Math.abs(q.x - p.x) <= 1 && Math.abs(q.y - p.y) <= 1;
      });
      if (near) continue;
    }
    const key = p.kind === 'tile' ? `${p.x},${p.y}` : `${p.kind}:${p.id}`;
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(p);
  }
  return out;
}

function placeOfTarget(level: Level, target: string, baseLevel?: Level): SignPlace | undefined {
  const parts = target.split('.');
  const [root, id, field, sub] = parts;
  if (root === 'stations' && id && level.stations.some((s) => s.id === id)) return { kind: 'station', id };
  if (root === 'spots' && id && level.spots.some((s) => s.id === id)) return { kind: 'spot', id };
  if (root === 'entities' && id) {
    const entity = level.entities.find((e) => e.id === id) ?? baseLevel?.entities.find((e) => e.id === id);
    if (!entity) return undefined;
    if (field === 'route' && sub) {
      const step =
        entity.route.find((s) => s.id === sub) ?? baseLevel?.entities.find((e) => e.id === id)?.route.find((s) => s.id === sub);
      if (step && level.stations.some((s) => s.id === step.station)) return { kind: 'station', id: step.station };
      return undefined;
    }
    if (field === 'leaveAt') return level.spots.some((s) => s.id === entity.leaveAt) ? { kind: 'spot', id: entity.leaveAt } : undefined;
    // arrivals, enterAt, anything else about how units come in: where they come in
    return level.spots.some((s) => s.id === entity.enterAt) ? { kind: 'spot', id: entity.enterAt } : undefined;
  }
  return undefined;
}

/**
 * The walks of the first kind of unit, from where it comes in, through the stations of its
 * route in order, to where it leaves: one tile path per leg (legs within one station left out).
 */
export function routeLegs(level: Level, grid: Grid): TilePoint[][] {
  const entity = level.entities[0];
  if (!entity) return [];
  const spot = (id: string) => level.spots.find((s) => s.id === id);
  const station = (id: string) => level.stations.find((s) => s.id === id);
  const points: TilePoint[] = [];
  const add = (p: { x: number; y: number } | undefined) => {
    if (!p) return;
    const last = points[points.length - 1];
    if (last && last.x === p.x && last.y === p.y) return;
    points.push({ x: p.x, y: p.y });
  };
  add(spot(entity.enterAt));
  for (const step of entity.route) add(station(step.station));
  add(spot(entity.leaveAt));
  const legs: TilePoint[][] = [];
  const fields = new Map<string, Float64Array>();
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as TilePoint;
    const to = points[i] as TilePoint;
    if (!isWalkable(tileAt(grid, to.x, to.y)) || !isWalkable(tileAt(grid, from.x, from.y))) continue;
    const key = `${to.x},${to.y}`;
    let field = fields.get(key);
    if (!field) fields.set(key, (field = distanceField(grid, to)));
    const path = pathTo(grid, field, from);
    if (path.length > 1) legs.push(path);
  }
  return legs;
}
