/**
 * The discrete-event engine: runs one round of a compiled model for a seed.
 *
 * This is a pure function of (model, seed): the mutable state below is private to one
 * call, randomness comes only from generators seeded from `seed` and stored in that state,
 * and no clock, DOM or I/O is touched. Entity behaviour is the flow-unit machine, stepped by
 * the compiled stepper; the engine performs the machine's named actions.
 */
import { EventQueue, type PoppedEvent } from '../core/event-queue';
import { createRng, nextUnit, type RngState } from '../core/rng';
import { sample } from '../core/distributions';
import { flowUnitMachine, type FlowContext, type FlowEvent } from '../machines/flow-unit.machine';
import { compileMachine, type CompiledMachine } from '../machines/stepper';
import { DEFECTS, INVENTORY, MOTION, TRANSPORT, VALUE, WAITING, type Model, type ModelEntityType } from './model';
import { book, createEntity, isRework, type Entity } from './entity';
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
import { isOpenAt, scheduleStationClock } from './station-clock';
import { EV, PRIORITY } from './events';

export interface Move {
  entity: number;
  from: number;
  to: number;
  start: number;
  end: number;
}

export interface StateChange {
  t: number;
  entity: number;
  state: number;
}

export interface RunOptions {
  seed: number;
  /** record every move and state change (for drawing and replay); off for speed */
  trace?: boolean;
}

export interface RunState {
  model: Model;
  seed: number;
  now: number;
  queue: EventQueue;
  entities: Entity[];
  stations: StationRuntime[];
  sources: ArrivalSource[];
  alive: number;
  pendingArrivals: number;
  wip: number;
  wipArea: number;
  wipMax: number;
  lastT: number;
  firstArrival: number;
  moves: Move[] | null;
  states: StateChange[] | null;
}

let compiled: CompiledMachine<FlowContext, FlowEvent> | undefined;
export function flowMachine(): CompiledMachine<FlowContext, FlowEvent> {
  compiled ??= compileMachine<FlowContext, FlowEvent>(flowUnitMachine);
  return compiled;
}

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

  const send = (e: Entity, event: FlowEvent): void => {
    e.state = machine.send(e.state, e.ctx, event, exec);
    if (sim.states) sim.states.push({ t: sim.now, entity: e.index, state: e.state });
  };

  const exec = (action: string, _params: unknown, ctx: FlowContext): void => {
    const e = current;
    const now = sim.now;
    const type = e.type;
    switch (action) {
      case 'enter':
        e.arrivedAt = now;
        e.since = now;
        if (type.leadFrom === -1) startLead(sim, e);
        return;
      case 'beginStep':
        if (!e.leadStarted && type.leadFrom === ctx.step) startLead(sim, e);
        return;
      case 'startTravel':
        travel(e, ctx.route[ctx.step] as number);
        return;
      case 'startTravelOut':
        travel(e, type.leave);
        return;
      case 'joinQueue': {
        book(e, now, isRework(e) ? DEFECTS : type.isDocument ? INVENTORY : WAITING);
        const st = sim.stations[(type.steps[ctx.step] as { station: number }).station] as StationRuntime;
        enqueue(st, e.index);
        serveWaiting(st);
        return;
      }
      case 'takeServer':
        return;
      case 'releaseServer': {
        const st = sim.stations[e.servedBy] as StationRuntime;
        st.busy--;
        if (e.staffMode === 2) st.busyValue--;
        else if (e.staffMode === 1) st.busyNonValue--;
        e.staffMode = 0;
        e.servedBy = -1;
        serveWaiting(st);
        return;
      }
      case 'startSearch': {
        book(e, now, isRework(e) ? DEFECTS : MOTION);
        const st = sim.stations[e.servedBy] as StationRuntime;
        if (st.m.staffed) {
          st.busyNonValue++;
          e.staffMode = 1;
        }
        sim.queue.push(now + e.pendingSearch, PRIORITY[EV.FOUND] as number, EV.FOUND, e.index);
        return;
      }
      case 'startWork':
        startWork(e, ctx);
        return;
      case 'endStep':
        if (type.leadTo === ctx.step) endLead(sim, e);
        return;
      case 'recordDefect':
        e.defects++;
        return;
      case 'leaveForNow': {
        book(e, now, DEFECTS);
        const defect = type.steps[e.defectStep]?.defects[e.lastDefect];
        const away = defect?.away ? sample(defect.away, e.rng) : (nextUnit(e.rng), 0);
        sim.queue.push(now + away, PRIORITY[EV.RETURN] as number, EV.RETURN, e.index);
        return;
      }
      case 'finish':
        if (e.inLeadTime) endLead(sim, e);
        e.done = true;
        sim.alive--;
        return;
      default:
        throw new Error(`flow-unit machine asked for an unknown action "${action}"`);
    }
  };

  let current: Entity = undefined as unknown as Entity;

  function travel(e: Entity, to: number): void {
    const n = model.points.length;
    const from = e.ctx.location;
    const metres = model.metres[from * n + to] as number;
    e.metres += metres;
    book(e, sim.now, isRework(e) ? DEFECTS : e.type.isDocument ? TRANSPORT : MOTION);
    const end = sim.now + metres / model.walkSpeed;
    if (sim.moves) sim.moves.push({ entity: e.index, from, to, start: sim.now, end });
    // Points on the same tile (a door at a desk): no time passes, so no future event.
    if (metres === 0) imm.push(e.index, EV.ARRIVED, to);
    else sim.queue.push(end, PRIORITY[EV.ARRIVED] as number, EV.ARRIVED, e.index, to);
  }

  function serveWaiting(st: StationRuntime): void {
    for (let next = takeNext(st); next >= 0; next = takeNext(st)) {
      const e = sim.entities[next] as Entity;
      e.servedBy = st.m.index;
      st.totalWait += sim.now - e.since;
      // Always draw, so a station put in order does not shift this unit's later numbers.
      const search = st.m.search ? sample(st.m.search, e.rng) : (nextUnit(e.rng), 0);
      e.pendingSearch = search * st.m.disorder;
      imm.push(next, EV.SERVE, 0);
    }
  }

  function startWork(e: Entity, ctx: FlowContext): void {
    const now = sim.now;
    const step = e.type.steps[ctx.step] as ModelEntityType['steps'][number];
    const st = sim.stations[step.station] as StationRuntime;
    const rework = isRework(e);
    book(e, now, rework ? DEFECTS : step.bucket);
    if (st.m.staffed) {
      // The same server may go on from a search or a previous step: move its time over.
      if (e.staffMode === 1) st.busyNonValue--;
      else if (e.staffMode === 2) st.busyValue--;
      e.staffMode = step.bucket === VALUE && !rework ? 2 : 1;
      if (e.staffMode === 2) st.busyValue++;
      else st.busyNonValue++;
    }
    let duration = sample(step.duration, e.rng);
    if (now + duration > step.endBy) duration = Math.max(0, step.endBy - now);
    if (e.type.index === model.valueEntity && ctx.step === model.valueStep) e.measuredStep = duration;
    // One draw decides the outcome, defects or not, so the stream stays aligned across plans.
    const u = nextUnit(e.rng);
    let outcome = 0;
    let cumulative = 0;
    for (let k = 0; k < step.defects.length; k++) {
      cumulative += (step.defects[k] as { probability: number }).probability;
      if (u < cumulative) {
        outcome = k + 1;
        break;
      }
    }
    sim.queue.push(now + duration, PRIORITY[EV.DONE] as number, EV.DONE, e.index, outcome);
  }

  function dispatch(kind: number, target: number, data: number): void {
    if (kind === EV.SOURCE) {
      arrive(target);
      return;
    }
    if (kind >= EV.OPEN && kind <= EV.BATCH) {
      const st = sim.stations[target] as StationRuntime;
      if (kind === EV.OPEN) st.open = true;
      else if (kind === EV.CLOSE) st.open = false;
      else releaseBatch(st);
      serveWaiting(st);
      return;
    }
    const e = sim.entities[target] as Entity;
    current = e;
    switch (kind) {
      case EV.ARRIVE:
        send(e, evArrive);
        return;
      case EV.ARRIVED:
        evArrived.at = data;
        send(e, evArrived);
        return;
      case EV.SERVE:
        evServe.search = e.pendingSearch;
        send(e, evServe);
        return;
      case EV.FOUND:
        send(e, evFound);
        return;
      case EV.DONE: {
        const defect = data === 0 ? undefined : e.type.steps[e.ctx.step]?.defects[data - 1];
        evDone.outcome = defect ? defect.outcome : 'ok';
        evDone.resumeAt = defect ? defect.resumeAt : e.ctx.step + 1;
        e.lastDefect = data - 1;
        e.defectStep = e.ctx.step;
        send(e, evDone);
        return;
      }
      case EV.RETURN:
        send(e, evReturn);
        return;
    }
  }

  function arrive(sourceIndex: number): void {
    const source = sim.sources[sourceIndex] as ArrivalSource;
    const type = model.entityTypes[source.type] as ModelEntityType;
    const ordinal = source.ordinalBase + source.emitted++;
    sim.pendingArrivals--;
    const rng = createRng(sim.seed, 1 + type.index * 1_000_003 + ordinal);
    const e = createEntity(sim.entities.length, type, ordinal, rng);
    sim.entities.push(e);
    sim.alive++;
    if (sim.entities.length === 1) sim.firstArrival = sim.now;
    current = e;
    e.state = machine.start(e.ctx, { type: 'xstate.init' } as unknown as FlowEvent, exec);
    send(e, evArrive);
    const next = source.next(sim.now);
    if (next !== undefined) sim.queue.push(next, PRIORITY[EV.SOURCE] as number, EV.SOURCE, sourceIndex);
  }

  for (;;) {
    while (imm.size > 0) {
      imm.shift();
      dispatch(imm.kind, imm.target, imm.data);
    }
    if (sim.alive === 0 && sim.pendingArrivals === 0) break;
    if (!sim.queue.pop(popped)) break;
    if (popped.time > maxTime) {
      advance(sim, maxTime);
      break;
    }
    advance(sim, popped.time);
    dispatch(popped.kind, popped.target, popped.data);
  }
  // Units still inside at the end keep their ledger open up to now.
  for (const e of sim.entities) if (e.inLeadTime) book(e, sim.now, e.bucket);
  return sim;
}

function createRunState(model: Model, options: RunOptions): RunState {
  const queue = new EventQueue();
  const clockStart = model.level.clockStart;
  const stations = model.stations.map((m) => createStationRuntime(m, isOpenAt(m.hours, clockStart)));
  model.stations.forEach((m) =>
    scheduleStationClock(m, clockStart, model.level.maxTime, (t, kind) =>
      queue.push(t, PRIORITY[kind] as number, kind, m.index),
    ),
  );
  const { sources, total } = arrivalPlan(model, options.seed);
  sources.forEach((s, i) => {
    const first = s.next(-Infinity);
    if (first !== undefined) queue.push(first, PRIORITY[EV.SOURCE] as number, EV.SOURCE, i);
  });
  return {
    model,
    seed: options.seed,
    now: 0,
    queue,
    entities: [],
    stations,
    sources,
    alive: 0,
    pendingArrivals: total,
    wip: 0,
    wipArea: 0,
    wipMax: 0,
    lastT: 0,
    firstArrival: 0,
    moves: options.trace ? [] : null,
    states: options.trace ? [] : null,
  };
}

/** Move the clock to `t`, integrating time-weighted figures over the interval. */
function advance(sim: RunState, t: number): void {
  const dt = t - sim.lastT;
  if (dt > 0) {
    sim.wipArea += sim.wip * dt;
    let waiting = 0;
    for (const st of sim.stations) waiting += queueLength(st);
    for (const st of sim.stations) integrate(st, dt, waiting - queueLength(st) > 0);
    sim.lastT = t;
  }
  sim.now = t;
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
  book(e, sim.now, e.bucket);
  e.inLeadTime = false;
  e.leadEnd = sim.now;
  sim.wip--;
}

/** FIFO of events to deliver at the current instant, after the running step finishes. */
class ImmediateList {
  private kinds: number[] = [];
  private targets: number[] = [];
  private datas: number[] = [];
  private head = 0;
  kind = 0;
  target = 0;
  data = 0;
  get size(): number {
    return this.kinds.length - this.head;
  }
  push(target: number, kind: number, data: number): void {
    this.kinds.push(kind);
    this.targets.push(target);
    this.datas.push(data);
  }
  shift(): void {
    this.kind = this.kinds[this.head] as number;
    this.target = this.targets[this.head] as number;
    this.data = this.datas[this.head] as number;
    this.head++;
    if (this.head === this.kinds.length) {
      this.kinds.length = 0;
      this.targets.length = 0;
      this.datas.length = 0;
      this.head = 0;
    }
  }
}
