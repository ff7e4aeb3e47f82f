/**
 * Compiles a validated level into the flat, indexed form the engine runs on: points
 * (stations, then spots) by index, walking distances between them, routes with indices
 * instead of ids. Pure: the same level always compiles to the same model.
 */
import { BUCKETS, type Bucket, type Distribution, type Level, type ValueMeasure } from '../level/schema';
import { distanceField, type Grid } from '../floor/plan';
import { compileSampler, type Sampler } from '../core/distributions';

export const BUCKET_INDEX: Readonly<Record<Bucket, number>> = Object.fromEntries(
  BUCKETS.map((b, i) => [b, i]),
) as Record<Bucket, number>;
export const VALUE = 0;
export const WAITING = BUCKET_INDEX.waiting;
export const MOTION = BUCKET_INDEX.motion;
export const TRANSPORT = BUCKET_INDEX.transport;
export const INVENTORY = BUCKET_INDEX.inventory;
export const DEFECTS = BUCKET_INDEX.defects;

export interface ModelStation {
  index: number;
  id: string;
  servers: number;
  staffed: boolean;
  queueCapacity: number;
  hours: Level['stations'][number]['hours'];
  batch: Level['stations'][number]['batch'];
  disorder: number;
  search: Distribution | undefined;
  /** quantile function of `search` (0 when there is none) */
  drawSearch: Sampler;
}

export interface ModelDefect {
  probability: number;
  outcome: 'revisit' | 'rework';
  /** step index the unit resumes at */
  resumeAt: number;
  away: Distribution | undefined;
}

export interface ModelStep {
  id: string;
  /** point index = station index */
  station: number;
  duration: Distribution;
  /** quantile function of `duration` */
  drawDuration: Sampler;
  bucket: number;
  endBy: number;
  electronic: boolean;
  /** the lead-time clock stops during this step (the customer's own time) */
  pausesLead: boolean;
  /** a number from the step's id: keys the unit's random numbers for this step */
  key: number;
  defects: ModelDefect[];
}

export interface ModelEntityType {
  index: number;
  id: string;
  isDocument: boolean;
  enter: number;
  leave: number;
  steps: ModelStep[];
  routePoints: number[];
  electronic: boolean[];
  continues: boolean[];
  /** step index whose start starts the lead time; -1 = arrival */
  leadFrom: number;
  /** step index whose end stops the lead time; -1 = exit */
  leadTo: number;
}

export interface Model {
  level: Level;
  grid: Grid;
  stations: ModelStation[];
  /** all points: stations first, then spots, as tile coordinates */
  points: { id: string; x: number; y: number }[];
  /** metres between points, row-major [from * n + to] */
  metres: Float64Array;
  walkSpeed: number;
  entityTypes: ModelEntityType[];
  valueMeasure: ValueMeasure;
  valueEntity: number;
  valueStep: number;
}

/**
 * FNV-1a of an id: the same id always gives the same key, wherever the step stands. Signed,
 * as it is only ever mixed by 32-bit operations (an unsigned key above 2^31 would be a boxed double).
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

// Kaizen searches compile hundreds of variants of one floor: keep its distance fields.
const fieldCache = new Map<string, Float64Array>();
function cachedField(grid: Grid, target: { x: number; y: number }): Float64Array {
  const key = `${grid.clutterSlowdown}|${target.x},${target.y}|${grid.tiles.join('/')}`;
  let field = fieldCache.get(key);
  if (!field) {
    if (fieldCache.size > 512) fieldCache.clear();
    field = distanceField(grid, target);
    fieldCache.set(key, field);
  }
  return field;
}

export function gridOf(level: Level): Grid {
  const tiles = level.floor.tiles;
  return {
    width: tiles[0]?.length ?? 0,
    height: tiles.length,
    tiles,
    clutterSlowdown: level.floor.clutterSlowdown,
  };
}

/** Compile a level that has already passed validation. */
export function compileModel(level: Level): Model {
  const grid = gridOf(level);
  const stations: ModelStation[] = level.stations.map((s, index) => ({
    index,
    id: s.id,
    servers: s.servers,
    staffed: s.staffed,
    queueCapacity: s.queueCapacity ?? Infinity,
    hours: s.hours,
    batch: s.batch,
    disorder: s.disorder,
    search: s.search,
    drawSearch: s.search ? compileSampler(s.search) : () => 0,
  }));
  const points = [
    ...level.stations.map((s) => ({ id: s.id, x: s.x, y: s.y })),
    ...level.spots.map((s) => ({ id: s.id, x: s.x, y: s.y })),
  ];
  const n = points.length;
  const metres = new Float64Array(n * n);
  points.forEach((to, j) => {
    const field = cachedField(grid, to);
    points.forEach((from, i) => {
      metres[i * n + j] = (field[from.y * grid.width + from.x] as number) * level.floor.tileSize;
    });
  });
  const stationIndex = new Map(level.stations.map((s, i) => [s.id, i]));
  // A spot on a station's tile (a door at a desk) is that station's place: no walk between them.
  const spotIndex = new Map(
    level.spots.map((s, i) => {
      const station = level.stations.findIndex((st) => st.x === s.x && st.y === s.y);
      return [s.id, station >= 0 ? station : level.stations.length + i];
    }),
  );

  const entityTypes: ModelEntityType[] = level.entities.map((e, index) => {
    const stepIndex = new Map(e.route.map((s, i) => [s.id, i]));
    const steps: ModelStep[] = e.route.map((s, i) => ({
      id: s.id,
      station: stationIndex.get(s.station) as number,
      duration: s.duration,
      drawDuration: compileSampler(s.duration),
      bucket: BUCKET_INDEX[s.class],
      endBy: s.endBy ?? Infinity,
      electronic: s.electronic,
      pausesLead: e.leadTime.pauseDuring.includes(s.id),
      key: hashId(s.id),
      defects: s.defects.map((d) => ({
        probability: d.probability,
        outcome: d.outcome,
        resumeAt: d.backTo === undefined ? i : (stepIndex.get(d.backTo) as number),
        away: d.away,
      })),
    }));
    return {
      index,
      id: e.id,
      isDocument: e.kind === 'document',
      enter: spotIndex.get(e.enterAt) as number,
      leave: spotIndex.get(e.leaveAt) as number,
      steps,
      routePoints: steps.map((s) => s.station),
      electronic: steps.map((s) => s.electronic),
      continues: e.route.map((s) => s.continues),
      leadFrom: e.leadTime.from === 'arrival' ? -1 : (stepIndex.get(e.leadTime.from) as number),
      leadTo: e.leadTime.to === 'exit' ? -1 : (stepIndex.get(e.leadTime.to) as number),
    };
  });

  const vm = level.valueMeasure;
  const valueEntity = level.entities.findIndex((e) => e.id === vm.entity);
  const valueStep =
    vm.kind === 'stepTimeAtLeast' ? (level.entities[valueEntity]?.route.findIndex((s) => s.id === vm.step) ?? -1) : -1;

  return {
    level,
    grid,
    stations,
    points,
    metres,
    walkSpeed: level.floor.walkSpeed,
    entityTypes,
    valueMeasure: vm,
    valueEntity,
    valueStep,
  };
}
