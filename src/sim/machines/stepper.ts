/**
 * Compiled stepper for XState v5 machines.
 *
 * XState's pure `transition()` builds a throw-away actor scope and snapshot per
 * call. The simulation only needs the state, the context and the custom actions
 * to run, so `compileMachine` flattens the machine once (see stepper-compile.ts)
 * and the returned object steps over typed arrays.
 *
 * Semantics match `transition()`/`initialTransition()` of XState 5.33 for the
 * supported subset: atomic, compound and final states; exact event types;
 * guards (inline, named, `{ type, params }`); targets by key or `#id`;
 * targetless and `reenter` transitions; `always`; entry/exit actions made of
 * `assign(...)` and named custom actions; `onDone` of compound states.
 * Anything else is rejected by `compileMachine` with an error naming the state.
 */
import type { AnyStateMachine, EventObject } from 'xstate';
import {
  type ActorArgs,
  type ContextRecord,
  type StateValue,
  type StepperTables,
  compileTables,
  GuardOp,
  resolveStateValue,
} from './stepper-compile.js';

/**
 * Runs one custom (non-assign) action. Called in exactly the order XState would
 * execute the actions; `context` is the live (in-place updated) context, so it
 * already reflects every assign that precedes this action. `event` is the event
 * XState would pass, which inside a macrostep can be an internal
 * `xstate.done.state.*` event rather than the one given to `send`. `actionId` is
 * the action's number (see `actionId` and `CompileOptions.actionOrder`), for
 * executors that would rather switch on a number than compare strings.
 */
export type ActionExecutor<C, E> = (actionType: string, params: unknown, context: C, event: E, actionId: number) => void;

export interface CompileOptions {
  /**
   * Custom action names in the order their ids should follow: the first gets id 0, and so
   * on; actions not listed get the next ids. Lets an executor switch on fixed numbers.
   */
  readonly actionOrder?: readonly string[];
  /**
   * Custom actions the executor does nothing for: left out of the compiled action lists, so
   * stepping makes no call for them. Nothing observable changes (the executor would return
   * at once); assigns are never left out, and they alone decide whether a step changes the
   * snapshot.
   */
  readonly noOpActions?: readonly string[];
}

/**
 * A machine compiled to flat tables. State ids are small integers (`0 ..
 * stateCount - 1`, atomic states in document order) meant to be stored in typed
 * arrays.
 *
 * Purity: the object holds no per-entity state and may be shared by any number
 * of entities. `start`/`send` are NOT pure: they mutate `context` in place with
 * the values XState's `assign` would produce and call `exec` for custom actions;
 * apart from that they have no side effects. Guards and assigners receive a
 * shared `{ context, event }` object that is reused between calls, so they must
 * not keep a reference to it (plain XState guards never do). `spawn`, `self` and
 * `system` are not provided to assigners.
 */
export interface CompiledMachine<C, E extends { type: string }> {
  /** Number of atomic states; every state id is below this. */
  readonly stateCount: number;
  /** Enter the initial configuration, applying entry actions and eventless transitions; returns the atomic state id. */
  start(context: C, event: E, exec: ActionExecutor<C, E>): number;
  /**
   * One macrostep: returns the new atomic state id (unchanged id if nothing
   * fires). As in XState, eventless transitions are re-evaluated even when no
   * transition handles the event. A done state ignores every event (as an
   * actor would; XState's raw `transition()` would not).
   */
  send(stateId: number, context: C, event: E, exec: ActionExecutor<C, E>): number;
  /** The id `sendId` takes for an event type (-1 if no state handles it). */
  eventId(eventType: string): number;
  /** `send` with the event's type already looked up by `eventId`, for hot loops. */
  sendId(stateId: number, eventId: number, context: C, event: E, exec: ActionExecutor<C, E>): number;
  /** The id the executor receives for a custom action (-1 if the machine has no such action). */
  actionId(actionType: string): number;
  /** True for top-level final states (XState `snapshot.status === 'done'`). */
  isDone(stateId: number): boolean;
  /** XState-style state value for a state id, e.g. `{ active: 'queueing' }` or `'done'`. Frozen. */
  value(stateId: number): StateValue;
  /** Id of the atomic state with this XState value (partial values descend initial states). */
  idOf(value: StateValue): number;
  /**
   * Does the state (or an ancestor) have a transition for this event type,
   * regardless of guards? False means `send` selects no event transition
   * (eventless transitions may still fire if their guards read the event).
   */
  handles(stateId: number, eventType: string): boolean;
}

class CompiledStepper<C, E extends { type: string }> implements CompiledMachine<C, E> {
  readonly stateCount: number;
  private readonly eventCount: number;
  private readonly eventIds: ReadonlyMap<string, number>;
  private readonly doneState: Uint8Array;
  private readonly transitionStart: Int32Array;
  private readonly transitionGuards: readonly (GuardOp | null)[];
  private readonly transitionSteps: Int32Array;
  private readonly eventlessStart: Int32Array;
  private readonly eventlessGuards: readonly (GuardOp | null)[];
  private readonly eventlessSteps: Int32Array;
  private readonly stepTarget: Int32Array;
  private readonly stepActionStart: Int32Array;
  private readonly stepActions: StepperTables['stepActions'];
  private readonly stepChangesSnapshot: Uint8Array;
  private readonly stepDoneEvent: readonly (EventObject | null)[];
  private readonly maxMicrosteps: number;
  private readonly actionNames: readonly string[];
  // Reused for every guard/assign call so stepping allocates nothing itself.
  private readonly args: ActorArgs = { context: undefined, event: { type: '' } };

  constructor(private readonly tables: StepperTables) {
    this.stateCount = tables.atomicCount;
    this.eventCount = tables.eventCount;
    this.eventIds = tables.eventIds;
    this.doneState = tables.doneState;
    this.transitionStart = tables.transitionStart;
    this.transitionGuards = tables.transitionGuards;
    this.transitionSteps = tables.transitionSteps;
    this.eventlessStart = tables.eventlessStart;
    this.eventlessGuards = tables.eventlessGuards;
    this.eventlessSteps = tables.eventlessSteps;
    this.stepTarget = tables.stepTarget;
    this.stepActionStart = tables.stepActionStart;
    this.stepActions = tables.stepActions;
    this.stepChangesSnapshot = tables.stepChangesSnapshot;
    this.stepDoneEvent = tables.stepDoneEvent;
    this.maxMicrosteps = tables.maxMicrosteps;
    this.actionNames = tables.actionNames;
  }

  start(context: C, event: E, exec: ActionExecutor<C, E>): number {
    const step = this.tables.initialStep;
    // No entry actions, no done event and no eventless transition out of the initial state:
    // starting does nothing but name that state, so skip the machinery.
    const target = this.stepTarget[step]!;
    if (
      this.stepActionStart[step + 1] === this.stepActionStart[step] &&
      this.stepDoneEvent[step] === null &&
      this.eventlessStart[target + 1] === this.eventlessStart[target]
    ) {
      return target;
    }
    this.runActions(step, context, event, exec);
    return this.settle(this.stepTarget[step]!, context, event, this.stepDoneEvent[step]!, exec);
  }

  send(stateId: number, context: C, event: E, exec: ActionExecutor<C, E>): number {
    return this.sendId(stateId, this.eventId(event.type), context, event, exec);
  }

  eventId(eventType: string): number {
    return this.eventIds.get(eventType) ?? -1;
  }

  sendId(stateId: number, eventId: number, context: C, event: E, exec: ActionExecutor<C, E>): number {
    if (this.doneState[stateId] === 1) return stateId;
    const step = eventId < 0 ? -1 : this.selectById(stateId, eventId, event, context);
    if (step < 0) return this.settle(stateId, context, event, null, exec);
    this.runActions(step, context, event, exec);
    const done = this.stepDoneEvent[step]!;
    if (done !== null) return this.settle(this.stepTarget[step]!, context, event, done, exec);
    return this.settleEventless(this.stepTarget[step]!, context, event, exec);
  }

  actionId(actionType: string): number {
    return this.actionNames.indexOf(actionType);
  }

  isDone(stateId: number): boolean {
    return this.doneState[stateId] === 1;
  }

  value(stateId: number): StateValue {
    const value = this.tables.values[stateId];
    if (value === undefined) throw new Error(`Unknown state id ${stateId} for machine '${this.tables.machineId}'`);
    return value;
  }

  idOf(value: StateValue): number {
    return resolveStateValue(this.tables, value);
  }

  handles(stateId: number, eventType: string): boolean {
    const eventId = this.eventIds.get(eventType);
    if (eventId === undefined) return false;
    const slot = stateId * this.eventCount + eventId;
    return this.transitionStart[slot + 1]! > this.transitionStart[slot]!;
  }

  /**
   * `settle` for the usual case of no internal event pending: only eventless transitions
   * can follow, and a state without any (most of them) is left at once. Counts microsteps
   * exactly as `settle` does, and hands over to it if a done event is raised.
   */
  private settleEventless(stateId: number, context: C, event: E, exec: ActionExecutor<C, E>): number {
    let state = stateId;
    // Most states have no eventless transition: nothing to select, and one microstep is within any limit.
    if (this.eventlessStart[state + 1] === this.eventlessStart[state] && this.maxMicrosteps > 0) return state;
    let iterations = 0;
    while (this.doneState[state] === 0) {
      if (++iterations > this.maxMicrosteps) throw this.loopError();
      const step = this.selectEventless(state, event, context);
      if (step < 0) break;
      this.runActions(step, context, event, exec);
      state = this.stepTarget[step]!;
      const done = this.stepDoneEvent[step]!;
      if (done !== null) return this.settle(state, context, event, done, exec, iterations);
      if (this.stepChangesSnapshot[step] === 0) {
        // `settle` would loop once more, select nothing and stop: count that microstep too.
        if (this.doneState[state] === 0 && ++iterations > this.maxMicrosteps) throw this.loopError();
        break;
      }
    }
    return state;
  }

  /**
   * The eventless/internal-event loop of XState's `macrostep`. Eventless
   * transitions are re-selected only while microsteps keep producing a new
   * snapshot (state change or assign), which is why a targetless `always`
   * without assign fires once instead of looping.
   */
  private settle(
    stateId: number,
    context: C,
    event: E | EventObject,
    firstDone: EventObject | null,
    exec: ActionExecutor<C, E>,
    microstepsSoFar = 0,
  ): number {
    let state = stateId;
    let current = event;
    let queue: EventObject[] | null = firstDone === null ? null : [firstDone];
    let queueHead = 0;
    let selectEventless = true;
    let iterations = microstepsSoFar;
    while (this.doneState[state] === 0) {
      if (++iterations > this.maxMicrosteps) throw this.loopError();
      let step: number = selectEventless ? this.selectEventless(state, current, context) : -1;
      const isEventless: boolean = step >= 0;
      if (!isEventless) {
        if (queue === null || queueHead === queue.length) break;
        current = queue[queueHead++]!;
        step = this.selectTransition(state, current, context);
        if (step < 0) {
          selectEventless = true;
          continue;
        }
      }
      this.runActions(step, context, current, exec);
      state = this.stepTarget[step]!;
      const done = this.stepDoneEvent[step]!;
      if (done !== null) (queue ??= []).push(done);
      selectEventless = isEventless ? this.stepChangesSnapshot[step] === 1 : true;
    }
    return state;
  }

  private selectTransition(stateId: number, event: EventObject, context: C): number {
    const eventId = this.eventIds.get(event.type);
    return eventId === undefined ? -1 : this.selectById(stateId, eventId, event, context);
  }

  // Guards are pure (they only read `args`), so one setting of the shared args serves a whole candidate list.
  private selectById(stateId: number, eventId: number, event: EventObject, context: C): number {
    const slot = stateId * this.eventCount + eventId;
    const end = this.transitionStart[slot + 1]!;
    this.setArgs(context, event);
    const args = this.args;
    for (let i = this.transitionStart[slot]!; i < end; i++) {
      const guard = this.transitionGuards[i]!;
      if (guard === null || callGuard(guard, args)) return this.transitionSteps[i]!;
    }
    return -1;
  }

  private selectEventless(stateId: number, event: EventObject, context: C): number {
    const end = this.eventlessStart[stateId + 1]!;
    this.setArgs(context, event);
    const args = this.args;
    for (let i = this.eventlessStart[stateId]!; i < end; i++) {
      const guard = this.eventlessGuards[i]!;
      if (guard === null || callGuard(guard, args)) return this.eventlessSteps[i]!;
    }
    return -1;
  }

  /**
   * The shared args are long-lived while a caller's context and events are often new: each
   * store of a new object into an old one costs the collector's write barrier a call, so a
   * value already in place (the usual case within one macrostep) is not stored again.
   */
  private setArgs(context: C, event: EventObject): void {
    const args = this.args;
    if (args.context !== context) args.context = context;
    if (args.event !== event) args.event = event;
  }

  private runActions(step: number, context: C, event: E | EventObject, exec: ActionExecutor<C, E>): void {
    const end = this.stepActionStart[step + 1]!;
    for (let i = this.stepActionStart[step]!; i < end; i++) {
      const action = this.stepActions[i]!;
      if (action.assign !== null) {
        // assign only exists on machines with object context (XState throws otherwise).
        action.assign(context as ContextRecord, event, this.args);
      } else {
        // Internal done events are not part of E; the executor sees exactly what XState would pass.
        exec(action.actionType, action.params, context, event as E, action.id);
      }
    }
  }

  private loopError(): Error {
    return new Error(
      `Machine '${this.tables.machineId}' took more than ${this.maxMicrosteps} microsteps without reaching a stable state ` +
        '(a cycle of eventless transitions; XState would loop forever unless options.maxIterations is set).',
    );
  }
}

/**
 * Calls a guard from a call site of its own. One shared `guard.check(…)` would see every guard
 * of every machine, and the JIT calls such a site through a generic stub; here the site of a
 * machine's n-th guard sees only that guard (a machine stepped in a hot loop is usually the
 * only one), so the JIT can inline the guard's body. The cases are identical on purpose.
 */
function callGuard(guard: GuardOp, args: ActorArgs): unknown {
  const check = guard.check;
  const params = guard.params;
  switch (guard.site) {
    case 0: return check(args, params);
    case 1: return check(args, params);
    case 2: return check(args, params);
    case 3: return check(args, params);
    case 4: return check(args, params);
    case 5: return check(args, params);
    case 6: return check(args, params);
    case 7: return check(args, params);
    case 8: return check(args, params);
    case 9: return check(args, params);
    case 10: return check(args, params);
    case 11: return check(args, params);
    default: return check(args, params);
  }
}

/**
 * Compiles an XState v5 machine (`setup({...}).createMachine({...})`) into a
 * stepper. Walks the state graph once; throws an Error naming the state for
 * parallel or history states, wildcard events, invoke/after/route, higher-order
 * guards, inline function actions and built-in actions other than `assign`.
 */
export function compileMachine<C, E extends { type: string }>(machine: AnyStateMachine, options: CompileOptions = {}): CompiledMachine<C, E> {
  return new CompiledStepper<C, E>(compileTables(machine, options.actionOrder, options.noOpActions));
}

export type { StateValue } from './stepper-compile.js';
