/**
 * A played round as something to watch: where every unit is and what it is doing at any
 * simulated time. The round is simulated in full first (with a trace); playback, pausing and
 * stepping back are then only a question of which time to look at. Pure.
 */
import { BUCKETS } from '../level/schema';
import type { Model } from '../engine/model';
import type { RunState } from '../engine/engine';
import { ACTIVITY, type Activity, type Segment } from '../engine/trace';
import { distanceField, pathTo, type TilePoint } from '../floor/plan';
import { placeSlots } from './slots';

export interface UnitTimeline {
  unit: number;
  type: number;
  segments: Segment[];
  /** end time of each segment (the start of the next one; the round's end for the last) */
  ends: number[];
}

export interface Timeline {
  model: Model;
  duration: number;
  units: UnitTimeline[];
  /** per station, tiles where units being served and then queueing stand, nearest first */
  slots: TilePoint[][];
  paths: PathCache;
}

export interface UnitView {
  unit: number;
  type: number;
  activity: Activity;
  bucket: number;
  /** position in tile coordinates (tile centres are whole numbers) */
  x: number;
  y: number;
  station: number;
  step: number;
}

export interface StationView {
  station: number;
  busy: number;
  queue: number;
}

export interface Snapshot {
  t: number;
  units: UnitView[];
  stations: StationView[];
  /** units that have left */
  done: number;
  /** seconds booked per bucket up to t, over all units */
  buckets: number[];
}

export function buildTimeline(run: RunState): Timeline {
  if (!run.segments) throw new Error('buildTimeline needs a run made with { trace: true }');
  const byUnit = new Map<number, Segment[]>();
  for (const s of run.segments) {
    let list = byUnit.get(s.unit);
    if (!list) byUnit.set(s.unit, (list = []));
    list.push(s);
  }
  const units = [...byUnit.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([unit, segments]) => ({
      unit,
      type: (run.entities[unit] as { type: { index: number } }).type.index,
      segments,
      ends: segments.map((_, i) => segments[i + 1]?.t ?? run.now),
    }));
  return {
    model: run.model,
    duration: run.now,
    units,
    slots: run.model.stations.map((st) => placeSlots(run.model, st.index, st.servers + 40)),
    paths: new PathCache(run.model),
  };
}

/** The index of the segment in force at time t, or -1 before the first. */
export function segmentAt(u: UnitTimeline, t: number): number {
  let lo = 0;
  let hi = u.segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((u.segments[mid] as Segment).t <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function snapshotAt(tl: Timeline, t: number): Snapshot {
  const stations: StationView[] = tl.model.stations.map((s) => ({ station: s.index, busy: 0, queue: 0 }));
  const buckets = BUCKETS.map(() => 0);
  const units: UnitView[] = [];
  const queued: { view: UnitView; since: number }[] = [];
  let done = 0;
  for (const u of tl.units) {
    const i = segmentAt(u, t);
    for (let k = 0; k <= i; k++) {
      const seg = u.segments[k] as Segment;
      if (seg.activity === ACTIVITY.GONE || seg.bucket < 0) continue;
      buckets[seg.bucket] = (buckets[seg.bucket] as number) + Math.min(t, u.ends[k] as number) - seg.t;
    }
    if (i < 0) continue;
    const seg = u.segments[i] as Segment;
    if (seg.activity === ACTIVITY.GONE) {
      done++;
      continue;
    }
    if (seg.activity === ACTIVITY.AWAY) continue;
    const view: UnitView = { unit: u.unit, type: u.type, activity: seg.activity, bucket: seg.bucket, x: 0, y: 0, station: -1, step: seg.step };
    if (seg.activity === ACTIVITY.WALK) {
      const end = u.ends[i] as number;
      const p = tl.paths.pointAlong(seg.from, seg.to, end > seg.t ? (t - seg.t) / (end - seg.t) : 1);
      view.x = p.x;
      view.y = p.y;
    } else {
      view.station = seg.from;
      const sv = stations[seg.from] as StationView;
      if (seg.activity === ACTIVITY.QUEUE) {
        sv.queue++;
        queued.push({ view, since: seg.t });
      } else {
        placeAt(tl, view, seg.from, sv.busy++);
      }
    }
    units.push(view);
  }
  // Queues are first come, first served: the earliest arrival stands nearest the station.
  queued.sort((a, b) => a.since - b.since || a.view.unit - b.view.unit);
  const position = new Map<number, number>();
  for (const { view } of queued) {
    const k = position.get(view.station) ?? 0;
    position.set(view.station, k + 1);
    const st = tl.model.stations[view.station];
    // Beyond a WIP limit, units wait outside the marked zone: leave a gap of a few tiles.
    const outside = st && k >= st.queueCapacity ? 3 : 0;
    placeAt(tl, view, view.station, Math.min(st?.servers ?? 1, 12) + k + outside);
  }
  return { t, units, stations, done, buckets };
}

function placeAt(tl: Timeline, view: UnitView, station: number, slot: number): void {
  const slots = tl.slots[station] as TilePoint[];
  const p = slots[slot % slots.length] ?? tl.model.points[station] ?? { x: 0, y: 0 };
  // More units than tiles: offset the extra ones a little so they stay visible.
  const lap = Math.floor(slot / Math.max(1, slots.length));
  view.x = p.x + lap * 0.2;
  view.y = p.y + lap * 0.2;
}

/** Shortest walking paths between points, computed once per pair and kept. */
export class PathCache {
  private fields = new Map<number, Float64Array>();
  private paths = new Map<number, { points: TilePoint[]; cumulative: number[] }>();
  constructor(private readonly model: Model) {}

  path(from: number, to: number): TilePoint[] {
    return this.entry(from, to).points;
  }

  /** The position a fraction `f` (0..1) of the way along the walk. */
  pointAlong(from: number, to: number, f: number): { x: number; y: number } {
    const { points, cumulative } = this.entry(from, to);
    const total = cumulative[cumulative.length - 1] as number;
    const target = Math.max(0, Math.min(1, f)) * total;
    let k = 1;
    while (k < cumulative.length - 1 && (cumulative[k] as number) < target) k++;
    const a = points[k - 1] ?? points[0] ?? { x: 0, y: 0 };
    const b = points[k] ?? a;
    const segLen = (cumulative[k] as number) - (cumulative[k - 1] as number);
    const r = segLen > 0 ? (target - (cumulative[k - 1] as number)) / segLen : 1;
    return { x: a.x + (b.x - a.x) * r, y: a.y + (b.y - a.y) * r };
  }

  private entry(from: number, to: number): { points: TilePoint[]; cumulative: number[] } {
    const key = from * 65536 + to;
    let e = this.paths.get(key);
    if (!e) {
      let field = this.fields.get(to);
      if (!field) {
        field = distanceField(this.model.grid, this.model.points[to] as TilePoint);
        this.fields.set(to, field);
      }
      const points = pathTo(this.model.grid, field, this.model.points[from] as TilePoint);
      const cumulative = [0];
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1] as TilePoint;
        const b = points[i] as TilePoint;
        cumulative.push((cumulative[i - 1] as number) + Math.hypot(b.x - a.x, b.y - a.y));
      }
      e = { points, cumulative };
      this.paths.set(key, e);
    }
    return e;
  }
}
