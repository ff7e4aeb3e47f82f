/**
 * The discrete-event engine: runs one round of a compiled model for a seed.
 *
 * This is a pure function of (model, seed): the mutable state below is private to one
 * call, randomness comes only from generators seeded from `seed` and stored in that state,
 * and no clock, DOM or I/O is touched. Entity behaviour is the flow-unit machine, stepped by
 * the compiled stepper; the engine performs the machine's named actions.
 */
import { EventQueue, type PoppedEvent } from '../core/event-queue';
import { nextUnit, reseedRng } from '../core/rng';
import { sample } from '../core/distributions';
import { flowUnitMachine, type FlowContext, type FlowEvent } from '../machines/flow-unit.machine';
import { compileMachine, type CompiledMachine } from '../machines/stepper';
import { DEFECTS, INVENTORY, MOTION, TRANSPORT, VALUE, WAITING, type Model, type ModelEntityType } from './model';
import { attemptAt, book, countAttempt, createEntity, isRework, resetEntity, type Entity } from './entity';
import { createTally, tallyFinished, tallyUnfinished, type Tally } from '../metrics/tally';
import {
  createStationRuntime,
  enqueue,
  integrate,
  queueLength,
  releaseBatch,
  takeNext,
  type StationRuntime,
} from './station';
import { arrivalPlan, type ArrivalSource } from './arrivals';
import { openWindowsAt, scheduleStationClock } from './station-clock';
import { EV, PRIORITY } from './events';
import { ACTIVITY, type Activity, type Segment } from './trace';

// Hot-loop names bound once: module loaders that emulate live bindings (tsx, vitest) turn
// every use of an imported name into a getter call, which costs a third of the run time.
const { SOURCE, ARRIVED, FOUND, DONE, RETURN, OPEN, CLOSE, BATCH, SERVE, ARRIVE } = EV;
const P_UNIT = PRIORITY[ARRIVED] as number;
const P_SOURCE = PRIORITY[SOURCE] as number;
const bookTime = book;
const reworking = isRework;
const draw = sample;
const unit = nextUnit;
const reseed = reseedRng;
const newEntity = createEntity;
const nextInQueue = takeNext;
const addToQueue = enqueue;
const waitingAt = queueLength;
const integrateStation = integrate;
const recycle = resetEntity;
const countFinished = tallyFinished;

export interface Move {
  entity: number;
  from: number;
  to: number;
  start: number;
  end: number;
}


export interface RunOptions {
  seed: number;
  /** record every move and state change (for drawing and replay); off for speed */
  trace?: boolean;
  /** keep every unit in `entities` after it leaves (default); false recycles them, for long runs */
  keepUnits?: boolean;
}

export interface RunState {
  model: Model;
  seed: number;
  now: number;
  queue: EventQueue;
  /** units by index; with keepUnits off, a finished unit's slot is reused */
  entities: Entity[];
  free: number[];
  keepUnits: boolean;
  arrived: number;
  tally: Tally;
  stations: StationRuntime[];
  sources: ArrivalSource[];
  alive: number;
  pendingArrivals: number;
  wip: number;
  wipArea: number;
  wipMax: number;
  lastT: number;
  firstArrival: number;
  /** events handled (future and immediate), for the benchmark */
  events: number;
  moves: Move[] | null;
  segments: Segment[] | null;
}

/**
 * The machine's custom actions, in the order of the ids the stepper hands to `exec`. Its
 * switch uses these ids as literal case labels, which V8 compiles to a jump table (named
 * constants or strings would be compared one by one). An action missing here gets a later
 * id and reaches exec's default case, which names it.
 */
const FLOW_ACTIONS = [
  'beginStep', // 0
  'startWork', // 1
  'takeServer', // 2
  'releaseServer', // 3
  'endStep', // 4
  'joinQueue', // 5
  'enter', // 6
  'finish', // 7
  'startTravel', // 8
  'startTravelOut', // 9
  'startSearch', // 10
  'recordDefect', // 11
  'leaveForNow', // 12
] as const;

/**
 * Actions the engine has nothing to do for, so the stepper leaves them out: taking a server
 * happens when the station hands the unit one (serveWaiting), before the machine hears SERVE.
 */
const NO_OP_ACTIONS = ['takeServer'] as const;

let compiled: CompiledMachine<FlowContext, FlowEvent> | undefined;
export function flowMachine(): CompiledMachine<FlowContext, FlowEvent> {
  compiled ??= compileMachine<FlowContext, FlowEvent>(flowUnitMachine, { actionOrder: FLOW_ACTIONS, noOpActions: NO_OP_ACTIONS });
  return compiled;
}

const INIT_EVENT = { type: 'xstate.init' } as unknown as FlowEvent;

/** Run the round to its end and return the final run state (metrics are read from it). */
export function runEngine(model: Model, options: RunOptions): RunState {
  const sim = createRunState(model, options);
  const machine = flowMachine();
  const popped: PoppedEvent = { time: 0, kind: 0, target: 0, data: 0 };
  const imm = new ImmediateList();
  const maxTime = model.level.maxTime;

  // Reusable event objects: the stepper reads them synchronously and keeps no reference.
  const evArrive: FlowEvent = { type: 'ARRIVE' };
  const evArrived = { type: 'ARRIVED' as const, at: 0 };
  const evServe = { type: 'SERVE' as const, search: 0 };
  const evFound: FlowEvent = { type: 'FOUND' };
  const evDone = { type: 'DONE' as const, outcome: 'ok' as 'ok' | 'revisit' | 'rework', resumeAt: 0 };
  const evReturn: FlowEvent = { type: 'RETURN' };

  const idArrive = machine.eventId('ARRIVE');
  const idArrived = machine.eventId('ARRIVED');
  const idServe = machine.eventId('SERVE');
  const idFound = machine.eventId('FOUND');
  const idDone = machine.eventId('DONE');
  const idReturn = machine.eventId('RETURN');

  // The unit whose machine is being stepped: exec's actions apply to it.
  let current: Entity = undefined as unknown as Entity;
  // Tracing only: callers test `segments` first, so an untraced run makes no call at all.
  const segments = sim.segments;

  const exec = (action: string, _params: unknown, ctx: FlowContext, _event: FlowEvent, id: number): void => {
    const e = current;
    const now = sim.now;
    const type = e.type;
    // The ids of FLOW_ACTIONS, as literals (see there).
    switch (id) {
      case 0: // beginStep
        if (!e.leadStarted && type.leadFrom === ctx.step) startLead(sim, e);
        return;
      case 1: // startWork
        startWork(e, ctx);
        return;
      // 2, takeServer: a no-op, left out by the stepper (NO_OP_ACTIONS).
      case 3: { // releaseServer
        const st = sim.stations[e.servedBy] as StationRuntime;
        st.busy--;
        if (e.staffMode === 2) st.busyValue--;
        else if (e.staffMode === 1) st.busyNonValue--;
        e.staffMode = 0;
        e.servedBy = -1;
        serveWaiting(st);
        return;
      }
      case 4: // endStep
        if (e.paused) resumeLead(sim, e);
        // A rework may pass the end step again: the clock stopped the first time.
        if (type.leadTo === ctx.step && e.inLeadTime) endLead(sim, e);
        return;
      case 5: { // joinQueue
        bookTime(e, now, reworking(e) ? DEFECTS : type.isDocument ? INVENTORY : WAITING);
        const st = sim.stations[(type.steps[ctx.step] as { station: number }).station] as StationRuntime;
        if (segments) record(e, ACTIVITY.QUEUE, st.m.index, st.m.index, ctx.step);
        addToQueue(st, e.index);
        serveWaiting(st);
        return;
      }
      case 6: // enter
        e.arrivedAt = now;
        e.since = now;
        if (type.leadFrom === -1) startLead(sim, e);
        return;
      case 7: // finish
        if (e.inLeadTime) endLead(sim, e);
        if (segments) record(e, ACTIVITY.GONE, ctx.location, ctx.location, -1);
        e.done = true;
        sim.alive--;
        if (e.leadStarted) countFinished(sim.tally, e, model);
        if (!sim.keepUnits) sim.free.push(e.index);
        return;
      case 8: // startTravel
        travel(e, ctx.route[ctx.step] as number);
        return;
      case 9: // startTravelOut
        travel(e, type.leave);
        return;
      case 10: { // startSearch
        bookTime(e, now, reworking(e) ? DEFECTS : MOTION);
        const st = sim.stations[e.servedBy] as StationRuntime;
        if (segments) record(e, ACTIVITY.SEARCH, st.m.index, st.m.index, ctx.step);
        if (st.m.staffed) {
          st.busyNonValue++;
          e.staffMode = 1;
        }
        sim.queue.push(now + e.pendingSearch, P_UNIT, FOUND, e.index);
        return;
      }
      case 11: // recordDefect
        if (e.paused) resumeLead(sim, e);
        e.defects++;
        return;
      case 12: { // leaveForNow
        bookTime(e, now, DEFECTS);
        if (segments) record(e, ACTIVITY.AWAY, ctx.location, type.enter, -1);
        const defect = type.steps[e.defectStep]?.defects[e.lastDefect];
        const away = defect?.away ? draw(defect.away, e.rng) : (unit(e.rng), 0);
        sim.queue.push(now + away, P_UNIT, RETURN, e.index);
        return;
      }
      default:
        throw new Error(`flow-unit machine asked for an action the engine does not know: "${action}"`);
    }
  };

  function record(e: Entity, activity: Activity, from: number, to: number, step: number): void {
    segments?.push({ unit: e.index, t: sim.now, activity, bucket: e.inLeadTime ? e.bucket : -1, from, to, step });
  }

  function travel(e: Entity, to: number): void {
    const n = model.points.length;
    const from = e.ctx.location;
    const metres = model.metres[from * n + to] as number;
    e.metres += metres;
    bookTime(e, sim.now, reworking(e) ? DEFECTS : e.type.isDocument ? TRANSPORT : MOTION);
    const end = sim.now + metres / model.walkSpeed;
    if (sim.moves) sim.moves.push({ entity: e.index, from, to, start: sim.now, end });
    if (segments) record(e, ACTIVITY.WALK, from, to, -1);
    // Points on the same tile (a door at a desk): no time passes, so no future event.
    if (metres === 0) imm.push(e.index, ARRIVED, to);
    else sim.queue.push(end, P_UNIT, ARRIVED, e.index, to);
  }

  function serveWaiting(st: StationRuntime): void {
    for (let next = nextInQueue(st); next >= 0; next = nextInQueue(st)) {
      const e = sim.entities[next] as Entity;
      e.servedBy = st.m.index;
      st.totalWait += sim.now - e.since;
      // Always draw, so a station put in order does not shift this unit's later numbers.
      // Each step has its own numbers, keyed by its id: removing or moving another step
      // in a plan leaves them as they were (common random numbers across rounds).
      if (st.m.search) {
        const step = e.type.steps[e.ctx.step] as ModelEntityType['steps'][number];
        reseed(e.rng, sim.seed, stepStream(e, e.ctx.step, step.key, 1));
        e.pendingSearch = st.m.drawSearch(unit(e.rng)) * st.m.disorder;
      } else e.pendingSearch = 0;
      imm.push(next, SERVE, 0);
    }
  }

  function startWork(e: Entity, ctx: FlowContext): void {
    const now = sim.now;
    const step = e.type.steps[ctx.step] as ModelEntityType['steps'][number];
    const st = sim.stations[step.station] as StationRuntime;
    const rework = reworking(e);
    // A step reached by `continues` skips choosing, so the clock may start here.
    if (!e.leadStarted && e.type.leadFrom === ctx.step) startLead(sim, e);
    bookTime(e, now, rework ? DEFECTS : step.bucket);
    if (step.pausesLead && e.inLeadTime) pauseLead(sim, e);
    if (segments) record(e, ACTIVITY.WORK, step.station, step.station, ctx.step);
    reseed(e.rng, sim.seed, stepStream(e, ctx.step, step.key, 2));
    countAttempt(e, ctx.step, e.type.steps.length);
    if (st.m.staffed) {
      // The same server may go on from a search or a previous step: move its time over.
      if (e.staffMode === 1) st.busyNonValue--;
      else if (e.staffMode === 2) st.busyValue--;
      e.staffMode = step.bucket === VALUE && !rework ? 2 : 1;
      if (e.staffMode === 2) st.busyValue++;
      else st.busyNonValue++;
    }
    let duration = step.drawDuration(unit(e.rng));
    if (now + duration > step.endBy) duration = Math.max(0, step.endBy - now);
    if (e.type.index === model.valueEntity && ctx.step === model.valueStep) e.measuredStep = duration;
    // One draw decides the outcome, defects or not, so the stream stays aligned across plans.
    const u = unit(e.rng);
    let outcome = 0;
    let cumulative = 0;
    for (let k = 0; k < step.defects.length; k++) {
      cumulative += (step.defects[k] as { probability: number }).probability;
      if (u < cumulative) {
        outcome = k + 1;
        break;
      }
    }
    sim.queue.push(now + duration, P_UNIT, DONE, e.index, outcome);
  }

  function dispatch(kind: number, target: number, data: number): void {
    if (kind >= OPEN && kind <= BATCH) {
      const st = sim.stations[target] as StationRuntime;
      // Windows may overlap or touch: the station is open while any window is.
      if (kind === BATCH) releaseBatch(st);
      else {
        st.openWindows += kind === OPEN ? 1 : -1;
        st.open = st.openWindows > 0;
      }
      serveWaiting(st);
      return;
    }
    const e = sim.entities[target] as Entity;
    current = e;
    // Pick the machine event, then step the machine at one call site.
    let eventId: number;
    let event: FlowEvent;
    switch (kind) {
      case SERVE:
        evServe.search = e.pendingSearch;
        eventId = idServe;
        event = evServe;
        break;
      case DONE: {
        const defect = data === 0 ? undefined : e.type.steps[e.ctx.step]?.defects[data - 1];
        evDone.outcome = defect ? defect.outcome : 'ok';
        evDone.resumeAt = defect ? defect.resumeAt : e.ctx.step + 1;
        e.lastDefect = data - 1;
        e.defectStep = e.ctx.step;
        eventId = idDone;
        event = evDone;
        break;
      }
      case ARRIVED:
        evArrived.at = data;
        eventId = idArrived;
        event = evArrived;
        break;
      case FOUND:
        eventId = idFound;
        event = evFound;
        break;
      case RETURN:
        eventId = idReturn;
        event = evReturn;
        break;
      case ARRIVE:
        eventId = idArrive;
        event = evArrive;
        break;
      default:
        throw new Error(`unknown event kind ${kind}`);
    }
    e.state = machine.sendId(e.state, eventId, e.ctx, event, exec);
  }

  function arrive(sourceIndex: number): void {
    const source = sim.sources[sourceIndex] as ArrivalSource;
    const type = model.entityTypes[source.type] as ModelEntityType;
    const ordinal = source.ordinalBase + source.emitted++;
    sim.pendingArrivals--;
    const stream = 1 + type.index * 1_000_003 + ordinal;
    const reuse = sim.free.pop();
    let e: Entity;
    if (reuse === undefined) {
      e = newEntity(sim.entities.length, type, ordinal, sim.seed, stream);
      sim.entities.push(e);
    } else {
      e = sim.entities[reuse] as Entity;
      recycle(e, type, ordinal, sim.seed, stream);
    }
    sim.alive++;
    if (sim.arrived++ === 0) sim.firstArrival = sim.now;
    current = e;
    e.state = machine.start(e.ctx, INIT_EVENT, exec);
    e.state = machine.sendId(e.state, idArrive, e.ctx, evArrive, exec);
    const next = source.next(sim.now);
    if (next !== undefined) sim.queue.push(next, P_SOURCE, SOURCE, sourceIndex);
  }

  // Counted here, in a local the closures do not share, so the count stays in a register.
  let events = 0;
  for (;;) {
    while (imm.size > 0) {
      events++;
      imm.shift();
      dispatch(imm.kind, imm.target, imm.data);
    }
    if (sim.alive === 0 && sim.pendingArrivals === 0) break;
    if (!sim.queue.pop(popped)) {
      // Units are stuck (a desk that never opens again): the round runs out its time.
      advance(sim, maxTime);
      break;
    }
    if (popped.time > maxTime) {
      advance(sim, maxTime);
      break;
    }
    advance(sim, popped.time);
    events++;
    if (popped.kind === SOURCE) arrive(popped.target);
    else dispatch(popped.kind, popped.target, popped.data);
  }
  sim.events = events;
  // Units still inside at the end keep their ledger open up to now.
  for (const e of sim.entities) {
    if (e.done) continue;
    if (e.inLeadTime) bookTime(e, sim.now, e.bucket);
    tallyUnfinished(sim.tally, e, model);
  }
  return sim;
}

function createRunState(model: Model, options: RunOptions): RunState {
  const queue = new EventQueue();
  const clockStart = model.level.clockStart;
  const stations = model.stations.map((m) => createStationRuntime(m, openWindowsAt(m.hours, clockStart)));
  model.stations.forEach((m) =>
    scheduleStationClock(m, clockStart, model.level.maxTime, (t, kind) =>
      queue.push(t, PRIORITY[kind] as number, kind, m.index),
    ),
  );
  const { sources, total } = arrivalPlan(model, options.seed);
  sources.forEach((s, i) => {
    const first = s.next(-Infinity);
    if (first !== undefined) queue.push(first, P_SOURCE, SOURCE, i);
  });
  return {
    model,
    seed: options.seed,
    now: 0,
    queue,
    entities: [],
    free: [],
    keepUnits: options.keepUnits ?? true,
    arrived: 0,
    tally: createTally(total),
    stations,
    sources,
    alive: 0,
    pendingArrivals: total,
    wip: 0,
    wipArea: 0,
    wipMax: 0,
    lastT: 0,
    firstArrival: 0,
    events: 0,
    moves: options.trace ? [] : null,
    segments: options.trace ? [] : null,
  };
}

/** Move the clock to `t`, integrating time-weighted figures over the interval. */
function advance(sim: RunState, t: number): void {
  const dt = t - sim.lastT;
  if (dt > 0) {
    sim.wipArea += sim.wip * dt;
    const stations = sim.stations;
    // "Waiting elsewhere" needs at least two stations; a single queue skips the count.
    let waiting = 0;
    if (stations.length > 1) for (let i = 0; i < stations.length; i++) waiting += waitingAt(stations[i] as StationRuntime);
    for (let i = 0; i < stations.length; i++) {
      const st = stations[i] as StationRuntime;
      integrateStation(st, dt, waiting - waitingAt(st) > 0);
    }
    sim.lastT = t;
  }
  sim.now = t;
}

/**
 * The stream of a unit's draws for one attempt at one step (`part`: 1 search, 2 work). Keyed
 * by the attempt at this step, not by defects met elsewhere: a plan that removes a defect at
 * another step leaves this step's numbers as they were. Signed 32-bit, like the generator's words.
 */
function stepStream(e: Entity, step: number, stepKey: number, part: number): number {
  return Math.imul(e.stream, 0x9e3779b1) ^ Math.imul(stepKey, 0x85ebca6b) ^ Math.imul(attemptAt(e, step) * 4 + part, 0xc2b2ae35);
}

/** The customer's own time (eating): the unit leaves the process's clock and its WIP for a while. */
function pauseLead(sim: RunState, e: Entity): void {
  bookTime(e, sim.now, e.bucket);
  e.inLeadTime = false;
  e.paused = true;
  e.pauseStart = sim.now;
  sim.wip--;
}

function resumeLead(sim: RunState, e: Entity): void {
  e.paused = false;
  e.pausedTotal += sim.now - e.pauseStart;
  e.inLeadTime = true;
  e.since = sim.now;
  sim.wip++;
  if (sim.wip > sim.wipMax) sim.wipMax = sim.wip;
}

function startLead(sim: RunState, e: Entity): void {
  e.leadStarted = true;
  e.inLeadTime = true;
  e.leadStart = sim.now;
  e.since = sim.now;
  sim.wip++;
  if (sim.wip > sim.wipMax) sim.wipMax = sim.wip;
}

function endLead(sim: RunState, e: Entity): void {
  bookTime(e, sim.now, e.bucket);
  e.inLeadTime = false;
  e.leadEnd = sim.now;
  sim.wip--;
}

/** FIFO of events to deliver at the current instant, after the running step finishes. */
class ImmediateList {
  private buf = new Int32Array(3 * 256);
  private head = 0;
  private tail = 0;
  size = 0;
  kind = 0;
  target = 0;
  data = 0;
  push(target: number, kind: number, data: number): void {
    if (this.size * 3 === this.buf.length) this.grow();
    const i = this.tail;
    this.buf[i] = kind;
    this.buf[i + 1] = target;
    this.buf[i + 2] = data;
    // The length is a multiple of 3, so the end is met exactly (cheaper than a division).
    this.tail = i + 3 === this.buf.length ? 0 : i + 3;
    this.size++;
  }
  shift(): void {
    const i = this.head;
    this.kind = this.buf[i] as number;
    this.target = this.buf[i + 1] as number;
    this.data = this.buf[i + 2] as number;
    this.head = i + 3 === this.buf.length ? 0 : i + 3;
    this.size--;
  }
  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let k = 0; k < this.size * 3; k++) next[k] = this.buf[(this.head + k) % this.buf.length] as number;
    this.buf = next;
    this.head = 0;
    this.tail = this.size * 3;
  }
}
