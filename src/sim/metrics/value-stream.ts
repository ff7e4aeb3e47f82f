/**
 * The value-stream map of one played round, read from its trace: a process box per route
 * step (cycle time, staff, first-pass yield), a queue triangle before each (units waiting,
 * wait per unit), and the time ladder with its totals, lead time and value-added share.
 * Pure: the same traced run always gives the same map.
 *
 * The ladder books every in-lead-time second of every finished unit of the level's
 * value-measure type to exactly one rung, by what the unit was doing:
 *
 * - searching or being served at step k (SEARCH, WORK)                → step k;
 * - walking, queueing or away (sent home) before its next service at step k → the wait before k;
 * - walking out after its last step                                   → the final "to the exit" rung.
 *
 * Seconds outside the lead time (before it starts, while it is paused, after it ends) are not
 * booked, exactly as in the unit's ledger. Every rung is averaged over the finished units, so
 * the rungs add up to the mean lead time of `roundMetrics` and the value-adding seconds
 * (those booked `value`) over the total are its process cycle efficiency.
 */
import type { Bucket, Text } from '../level/schema';
import type { RunState } from '../engine/engine';
import type { Entity } from '../engine/entity';
import { VALUE } from '../engine/model';
import { ACTIVITY, type Segment } from '../engine/trace';

export interface ValueStreamStep {
  /** the route step's id */
  id: string;
  name: Text;
  station: string;
  stationName: Text;
  /** value, or the waste the step is */
  class: Bucket;
  /** done by the previous step's server without queueing again */
  continues: boolean;
  /** staff at the station, or places at a self-service station */
  servers: number;
  /** false: self-service (sinks, seats), no staff */
  staffed: boolean;
  /** services completed at this step in the round (repeats after a defect included) */
  services: number;
  /** mean seconds per completed service: search + work */
  cycleTime: number;
  /** share of the completed services after which no defect was found (1 when none were completed) */
  firstPassYield: number;
  /** the queue triangle before the step: units waiting there, time-averaged over the round */
  queueMean: number;
  /** the ladder's upper rung: seconds per finished unit walking to, queueing for, or away before this step */
  wait: number;
  /** the ladder's step: seconds per finished unit at this step (search and work) inside its lead time */
  time: number;
  /** the part of `time` booked as value (a value step done right the first time) */
  valueAdding: number;
}

export interface ValueStream {
  entity: string;
  entityName: Text;
  kind: 'person' | 'document';
  /** the route as played, in route order (steps a plan removed are absent) */
  steps: ValueStreamStep[];
  /** seconds per finished unit walking (or being carried) from the last step to the exit */
  toExit: number;
  /** the ladder's total: the mean lead time of the finished units, in seconds */
  leadTime: number;
  /** seconds per finished unit of value-adding time */
  valueAdded: number;
  /** valueAdded / leadTime: the process cycle efficiency (0 when nothing finished) */
  valueAddedShare: number;
  /** units of the type that arrived, and those that finished (the ladder's averages are over these) */
  arrived: number;
  finished: number;
  /** the round's length in seconds (queue lengths are averaged over it) */
  duration: number;
}

/** Per-unit state while its segments are read in time order. */
interface UnitState {
  /** the last segment, still open */
  last: Segment;
  /** in-lead seconds not yet given to a rung: walking, queueing, away */
  pending: number;
  /** this unit's seconds per rung, added to the totals only if it finishes */
  wait: Float64Array;
  time: Float64Array;
  value: Float64Array;
  toExit: number;
  /** the service under way or just done: its step, its start, and whether its outcome is known */
  serviceStep: number;
  serviceStart: number;
  /** a service whose work has ended and whose outcome (defect or not) is still unknown */
  unresolved: number;
}

/** The value-stream map of a traced run, for the level's value-measure entity type. */
export function valueStream(run: RunState): ValueStream {
  const segments = run.segments;
  if (!segments) throw new Error('valueStream needs a traced run: run the engine with { trace: true }');
  if (!run.keepUnits) throw new Error('valueStream needs the units of the run: run the engine without keepUnits: false');
  const model = run.model;
  const typeIndex = model.valueEntity;
  const type = model.entityTypes[typeIndex];
  const entityDef = model.level.entities[typeIndex];
  if (!type || !entityDef) throw new Error(`the value measure names no entity type of level "${model.level.id}"`);
  const n = type.steps.length;

  const wait = new Float64Array(n);
  const time = new Float64Array(n);
  const value = new Float64Array(n);
  const queueArea = new Float64Array(n);
  const services = new Float64Array(n);
  const serviceSeconds = new Float64Array(n);
  const defective = new Float64Array(n);
  let toExit = 0;
  let finished = 0;
  let arrived = 0;

  const units = new Map<number, UnitState>();

  /** The previous segment of a unit ends at `t`: book its seconds. */
  const close = (u: UnitState, t: number): void => {
    const s = u.last;
    const dt = t - s.t;
    if (s.activity === ACTIVITY.QUEUE && s.step >= 0) queueArea[s.step] = (queueArea[s.step] as number) + dt;
    if (s.bucket < 0) return;
    if (s.activity === ACTIVITY.SEARCH || s.activity === ACTIVITY.WORK) {
      u.time[s.step] = (u.time[s.step] as number) + dt;
      if (s.activity === ACTIVITY.WORK && s.bucket === VALUE) u.value[s.step] = (u.value[s.step] as number) + dt;
    } else if (s.activity !== ACTIVITY.GONE) u.pending += dt;
  };

  /** What the unit does next tells whether its last service found a defect. */
  const resolve = (u: UnitState, next: Segment): void => {
    const k = u.unresolved;
    if (k < 0) return;
    let defect: boolean;
    if (next.activity === ACTIVITY.AWAY) defect = true;
    else if (next.activity === ACTIVITY.GONE) defect = false;
    else if (next.step >= 0) defect = next.step <= k;
    else return; // walking: where to is told by the next stop
    if (defect) defective[k] = (defective[k] as number) + 1;
    u.unresolved = -1;
  };

  for (const s of segments) {
    const e = run.entities[s.unit] as Entity | undefined;
    if (!e || e.type.index !== typeIndex) continue;
    let u = units.get(s.unit);
    if (!u) {
      arrived++;
      u = {
        last: s,
        pending: 0,
        wait: new Float64Array(n),
        time: new Float64Array(n),
        value: new Float64Array(n),
        toExit: 0,
        serviceStep: -1,
        serviceStart: 0,
        unresolved: -1,
      };
      units.set(s.unit, u);
    } else {
      close(u, s.t);
      const prev = u.last;
      // A service ends when its work does: the next segment is anything but more of it.
      if (prev.activity === ACTIVITY.WORK && u.serviceStep >= 0) {
        const k = u.serviceStep;
        services[k] = (services[k] as number) + 1;
        serviceSeconds[k] = (serviceSeconds[k] as number) + (s.t - u.serviceStart);
        u.serviceStep = -1;
        u.unresolved = k;
      }
      resolve(u, s);
      u.last = s;
    }
    if (s.activity === ACTIVITY.SEARCH || (s.activity === ACTIVITY.WORK && u.serviceStep !== s.step)) {
      u.serviceStep = s.step;
      u.serviceStart = s.t;
    }
    // The time walked, queued and spent away goes to the step it led to.
    if (s.activity === ACTIVITY.SEARCH || s.activity === ACTIVITY.WORK) {
      u.wait[s.step] = (u.wait[s.step] as number) + u.pending;
      u.pending = 0;
    } else if (s.activity === ACTIVITY.GONE) {
      u.toExit += u.pending;
      u.pending = 0;
      if (e.leadStarted) {
        finished++;
        for (let k = 0; k < n; k++) {
          wait[k] = (wait[k] as number) + (u.wait[k] as number);
          time[k] = (time[k] as number) + (u.time[k] as number);
          value[k] = (value[k] as number) + (u.value[k] as number);
        }
        toExit += u.toExit;
      }
    }
  }
  // Units still inside when the round stopped: their queues count up to the end.
  for (const u of units.values()) if (u.last.activity !== ACTIVITY.GONE) close(u, run.now);

  const perUnit = (x: number): number => (finished > 0 ? x / finished : 0);
  const steps: ValueStreamStep[] = entityDef.route.map((step, k) => {
    const station = model.level.stations.find((st) => st.id === step.station);
    if (!station) throw new Error(`step "${step.id}" names no station`);
    const done = services[k] as number;
    return {
      id: step.id,
      name: step.name,
      station: station.id,
      stationName: station.name,
      class: step.class,
      continues: step.continues,
      servers: station.servers,
      staffed: station.staffed,
      services: done,
      cycleTime: done > 0 ? (serviceSeconds[k] as number) / done : 0,
      firstPassYield: done > 0 ? 1 - (defective[k] as number) / done : 1,
      queueMean: run.now > 0 ? (queueArea[k] as number) / run.now : 0,
      wait: perUnit(wait[k] as number),
      time: perUnit(time[k] as number),
      valueAdding: perUnit(value[k] as number),
    };
  });
  let leadTime = perUnit(toExit);
  let valueAdded = 0;
  for (const s of steps) {
    leadTime += s.wait + s.time;
    valueAdded += s.valueAdding;
  }
  return {
    entity: entityDef.id,
    entityName: entityDef.name,
    kind: entityDef.kind,
    steps,
    toExit: perUnit(toExit),
    leadTime,
    valueAdded,
    valueAddedShare: leadTime > 0 ? valueAdded / leadTime : 0,
    arrived,
    finished,
    duration: run.now,
  };
}
