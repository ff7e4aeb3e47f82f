/**
 * One unit flowing through the process (a pupil, a family, a document): its machine state
 * and context, its own random stream, and its time ledger.
 *
 * The ledger books every second between the start and the end of the unit's lead time into
 * exactly one bucket (value or one of the eight wastes): the unit always has one current
 * bucket, and switching buckets closes the interval. So the buckets add up to the lead time
 * by construction.
 */
import { reseedRng, type RngState } from '../core/rng';
import type { FlowContext } from '../machines/flow-unit.machine';
import { BUCKETS } from '../level/schema';
import type { ModelEntityType } from './model';

export interface Entity {
  index: number;
  type: ModelEntityType;
  /** the ordinal of this unit among those of its type (keys its random stream) */
  ordinal: number;
  ctx: FlowContext;
  state: number;
  rng: RngState;
  /** seconds per bucket, in the order of BUCKETS */
  ledger: number[];
  /** bit b set: the ledger's bucket b has had time booked (the other slots are 0) */
  booked: number;
  bucket: number;
  since: number;
  inLeadTime: boolean;
  leadStarted: boolean;
  arrivedAt: number;
  leadStart: number;
  leadEnd: number;
  done: boolean;
  metres: number;
  defects: number;
  /** the unit's own random stream key (type and ordinal) */
  stream: number;
  /** times each route step was started; null until the first defect (before it, every step once) */
  attempts: number[] | null;
  /** the lead-time clock is stopped (a step in `pauseDuring`) */
  paused: boolean;
  pauseStart: number;
  /** seconds the clock stood still */
  pausedTotal: number;
  /** seconds spent in the value measure's step (e.g. eating) */
  measuredStep: number;
  /** search time drawn when a server was assigned */
  pendingSearch: number;
  /** which defect sent the unit away or back (index into the step's defects) */
  lastDefect: number;
  /** the step at which that defect was found */
  defectStep: number;
  /** station whose server the unit holds, -1 if none */
  servedBy: number;
  /** 0 no staff time, 1 staff on non-value work, 2 staff on value work */
  staffMode: number;
}

/** A new unit of `type` arriving now; its random stream is (seed, stream). */
export function createEntity(index: number, type: ModelEntityType, ordinal: number, seed: number, stream: number): Entity {
  // One literal with every field, so all units share one object shape.
  return {
    index,
    type,
    ordinal,
    ctx: initialContext(type),
    state: 0,
    rng: reseedRng({ a: 0, b: 0, c: 0, d: 0 }, seed, stream),
    ledger: emptyLedger(),
    booked: 0,
    bucket: 0,
    since: 0,
    inLeadTime: false,
    leadStarted: false,
    arrivedAt: 0,
    leadStart: 0,
    leadEnd: 0,
    done: false,
    metres: 0,
    defects: 0,
    stream,
    attempts: null,
    paused: false,
    pauseStart: 0,
    pausedTotal: 0,
    measuredStep: 0,
    pendingSearch: 0,
    lastDefect: -1,
    defectStep: -1,
    servedBy: -1,
    staffMode: 0,
  };
}

function initialContext(type: ModelEntityType): FlowContext {
  return {
    step: 0,
    location: type.enter,
    route: type.routePoints,
    electronic: type.electronic,
    continues: type.continues,
    exit: type.leave,
    entrance: type.enter,
    reworkUntil: -1,
    visits: 1,
  };
}

/** Make a finished unit's object into a new arrival (long runs recycle them). */
export function resetEntity(e: Entity, type: ModelEntityType, ordinal: number, seed: number, stream: number): void {
  e.type = type;
  e.ordinal = ordinal;
  // The context is reset in place: a new unit may reuse the finished unit's objects.
  const c = e.ctx;
  c.step = 0;
  c.location = type.enter;
  c.route = type.routePoints;
  c.electronic = type.electronic;
  c.continues = type.continues;
  c.exit = type.leave;
  c.entrance = type.enter;
  c.reworkUntil = -1;
  c.visits = 1;
  e.state = 0;
  // No reseed here: every draw happens inside a step, which reseeds from (seed, unit, step).
  const ledger = e.ledger;
  for (let left = e.booked; left !== 0; left &= left - 1) ledger[31 - Math.clz32(left & -left)] = 0;
  e.booked = 0;
  e.bucket = 0;
  e.since = 0;
  e.inLeadTime = false;
  e.leadStarted = false;
  e.arrivedAt = 0;
  e.leadStart = 0;
  e.leadEnd = 0;
  e.done = false;
  e.metres = 0;
  e.defects = 0;
  e.stream = stream;
  e.attempts = null;
  e.paused = false;
  e.pauseStart = 0;
  e.pausedTotal = 0;
  e.measuredStep = 0;
  e.pendingSearch = 0;
  e.lastDefect = -1;
  e.defectStep = -1;
  e.servedBy = -1;
  e.staffMode = 0;
}

/** A literal is far cheaper to allocate than a typed array, and there are many units. */
function emptyLedger(): number[] {
  const ledger = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  if (ledger.length !== BUCKETS.length) throw new Error('the ledger must have one slot per bucket');
  return ledger;
}

/** Close the current interval at `now` and continue in `bucket`. */
export function book(e: Entity, now: number, bucket: number): void {
  if (e.inLeadTime) {
    e.ledger[e.bucket] = (e.ledger[e.bucket] as number) + (now - e.since);
    e.booked |= 1 << e.bucket;
  }
  e.bucket = bucket;
  e.since = now;
}

/** The unit's lead time: from its start to its end, less the time the clock stood still. */
export function leadTimeOf(e: Entity): number {
  return e.leadEnd - e.leadStart - e.pausedTotal;
}

/** Which attempt at route step `step` this is: 0 the first time, 1 after one repeat, … */
export function attemptAt(e: Entity, step: number): number {
  if (e.attempts !== null) return e.attempts[step] ?? 0;
  // Not tracked yet: before the first defect every step up to where it was found was done once.
  return e.defects > 0 && step <= e.defectStep ? 1 : 0;
}

/** Count a start of route step `step` (only tracked once the unit has met a defect). */
export function countAttempt(e: Entity, step: number, routeLength: number): void {
  if (e.defects === 0) return;
  if (e.attempts === null) {
    // Before the first defect every step up to where it was found was done once.
    e.attempts = Array.from({ length: routeLength }, (_, i) => (i <= e.defectStep ? 1 : 0));
  }
  e.attempts[step] = (e.attempts[step] ?? 0) + 1;
}

/** Is the unit repeating work because of a defect? Then everything it does is rework. */
export function isRework(e: Entity): boolean {
  return e.ctx.step <= e.ctx.reworkUntil;
}
