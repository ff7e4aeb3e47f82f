import { describe, it, expect } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { and, assign, createMachine, initialTransition, or, raise, setup, transition, type AnyStateMachine } from 'xstate';
import { compileMachine, type ActionExecutor, type CompiledMachine } from '../../src/sim/machines/stepper.js';
import { fixtures, type Fixture, type Rng } from './stepper-fixtures.js';

type Context = Record<string, unknown>;
type AnyEvent = { type: string } & Record<string, unknown>;

/** mulberry32: tiny seeded PRNG so every run replays the same sequences. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (n) => Math.floor(next() * n) };
}

interface ActionRecord {
  readonly type: string;
  readonly params: unknown;
  readonly context: unknown;
  readonly event: unknown;
}

interface Observation {
  readonly value: unknown;
  readonly context: unknown;
  readonly actions: readonly ActionRecord[];
  readonly done: boolean;
}

interface XStateAction {
  readonly type: string;
  readonly params: unknown;
  readonly info: { readonly context: unknown; readonly event: unknown };
}

/**
 * XState 5.33 only reports actions that have something to execute: custom
 * actions (even unimplemented ones, with `exec: undefined`) and built-ins with
 * an `execute` step such as raise/sendTo. `assign` is resolved into the
 * snapshot and never appears, so the filter is a safety net only.
 */
function observeXState(snapshot: { value: unknown; context: unknown; status: string }, actions: readonly XStateAction[]): Observation {
  return {
    value: snapshot.value,
    context: snapshot.context,
    actions: actions
      .filter((a) => !a.type.startsWith('xstate.'))
      .map((a) => ({ type: a.type, params: a.params, context: a.info.context, event: a.info.event })),
    done: snapshot.status === 'done',
  };
}

function initialContextOf(machine: AnyStateMachine): Context {
  // The stepper mutates context in place; XState shares config.context with its first snapshot.
  return structuredClone(machine.config.context as Context);
}

interface RunStats {
  readonly restingStates: Set<number>;
  steps: number;
}

function runSequence(fixture: Fixture, compiled: CompiledMachine<Context, AnyEvent>, seed: number, length: number, stats: RunStats): void {
  const rng = mulberry32(seed);
  const history: string[] = [];
  const recorded: ActionRecord[] = [];
  const exec: ActionExecutor<Context, AnyEvent> = (type, params, context, event) => {
    recorded.push({ type, params, context: { ...context }, event });
  };
  const compare = (actual: Observation, expected: Observation): void => {
    stats.steps++;
    // isDeepStrictEqual first: calling expect() per step would dominate the test's run time.
    if (!isDeepStrictEqual(actual, expected)) {
      expect(actual, `${fixture.name}, seed ${seed}, after ${history.join(' → ') || 'start'}`).toEqual(expected);
    }
  };
  const input = fixture.input?.(rng);
  // Each side gets its own copy: the stepper mutates its context in place.
  const context = input ? (structuredClone(input) as Context) : initialContextOf(fixture.machine);

  const [initialSnapshot, initialActions] = initialTransition(fixture.machine, input);
  let snapshot = initialSnapshot;
  let stateId = compiled.start(context, { type: 'xstate.init', input }, exec);
  compare(observeStepper(compiled, stateId, context, recorded), observeXState(snapshot, initialActions));

  for (let i = 0; i < length && snapshot.status === 'active'; i++) {
    stats.restingStates.add(stateId);
    const event = fixture.randomEvent(rng);
    history.push(JSON.stringify(event));
    recorded.length = 0;
    const [next, actions] = transition(fixture.machine, snapshot, event);
    snapshot = next;
    stateId = compiled.send(stateId, context, event, exec);
    compare(observeStepper(compiled, stateId, context, recorded), observeXState(snapshot, actions));
    if (compiled.idOf(snapshot.value as Context) !== stateId) {
      expect(compiled.idOf(snapshot.value as Context), `idOf(${JSON.stringify(snapshot.value)})`).toBe(stateId);
    }
  }
  stats.restingStates.add(stateId);
}

function observeStepper(compiled: CompiledMachine<Context, AnyEvent>, stateId: number, context: Context, recorded: readonly ActionRecord[]): Observation {
  return { value: compiled.value(stateId), context, actions: [...recorded], done: compiled.isDone(stateId) };
}

const SEQUENCES = 5_000;
const EVENTS_PER_SEQUENCE = 30;
/** States the machine never rests in (left within the same macrostep). */
const transientStates: Record<string, number> = {
  eventless: 4 /* overflow and the final states of batch, rinse, soak */,
  'flow-unit': 1 /* choosing: its eventless transitions always leave it */,
};

describe('compiled stepper versus XState transition()', () => {
  for (const fixture of fixtures) {
    it(`matches XState transition() on ${SEQUENCES.toLocaleString('en-US')} random event sequences of the ${fixture.name} machine`, () => {
      const compiled = compileMachine<Context, AnyEvent>(fixture.machine);
      const stats: RunStats = { restingStates: new Set(), steps: 0 };
      for (let seed = 1; seed <= SEQUENCES; seed++) runSequence(fixture, compiled, seed, EVENTS_PER_SEQUENCE, stats);
      // Guards against a fixture whose random walk silently stops exploring.
      expect(stats.restingStates.size).toBe(compiled.stateCount - (transientStates[fixture.name] ?? 0));
    }, 60_000); // ~2 s each alone; a shared CI machine may be much slower
  }
});

describe('compiled stepper API', () => {
  const hierarchical = fixtures.find((f) => f.name === 'hierarchical')!.machine;

  it('round-trips every state id through value() and idOf()', () => {
    const compiled = compileMachine<Context, AnyEvent>(hierarchical);
    for (let id = 0; id < compiled.stateCount; id++) expect(compiled.idOf(compiled.value(id))).toBe(id);
  });

  it('resolves a partial state value to the initial descendants like XState does', () => {
    const compiled = compileMachine<Context, AnyEvent>(hierarchical);
    expect(compiled.value(compiled.idOf('active'))).toEqual({ active: 'queueing' });
    expect(compiled.value(compiled.idOf({ active: 'working' }))).toEqual({ active: { working: 'slow' } });
    expect(() => compiled.idOf({ active: 'nowhere' })).toThrow(/nowhere/);
  });

  it('reports which events a state or its ancestors handle', () => {
    const compiled = compileMachine<Context, AnyEvent>(hierarchical);
    const slow = compiled.idOf({ active: { working: 'slow' } });
    expect(compiled.handles(slow, 'FASTER')).toBe(true);
    expect(compiled.handles(slow, 'STOP')).toBe(true);
    expect(compiled.handles(slow, 'REBOOT')).toBe(true);
    expect(compiled.handles(slow, 'SLOWER')).toBe(false);
    expect(compiled.handles(slow, 'NOT_AN_EVENT')).toBe(false);
  });

  it('mutates the given context object in place', () => {
    const machine = setup({ types: { context: {} as { n: number } } }).createMachine({
      context: { n: 0 },
      on: { INC: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
    });
    const compiled = compileMachine<{ n: number }, { type: 'INC' }>(machine);
    const context = { n: 0 };
    const id = compiled.start(context, { type: 'INC' }, () => {});
    compiled.send(compiled.send(id, context, { type: 'INC' }, () => {}), context, { type: 'INC' }, () => {});
    expect(context).toEqual({ n: 2 });
  });

  it('starts directly in a top-level final state as done and ignores later events', () => {
    const machine = createMachine({ initial: 'over', states: { over: { type: 'final' } }, on: { AGAIN: '.over' } });
    const compiled = compileMachine<Context, AnyEvent>(machine);
    const id = compiled.start({}, { type: 'xstate.init' }, () => {});
    expect(compiled.isDone(id)).toBe(true);
    expect(initialTransition(machine)[0].status).toBe('done');
    expect(compiled.send(id, {}, { type: 'AGAIN' }, () => { throw new Error('no actions expected'); })).toBe(id);
  });

  it('throws instead of hanging on an eventless cycle, honouring options.maxIterations like XState', () => {
    const machine = setup({ types: { context: {} as { n: number } } }).createMachine({
      context: { n: 0 },
      options: { maxIterations: 50 },
      always: { actions: assign({ n: ({ context }) => context.n + 1 }) },
    });
    expect(initialTransition(machine)[0].status).toBe('error');
    const compiled = compileMachine<{ n: number }, AnyEvent>(machine);
    expect(() => compiled.start({ n: 0 }, { type: 'xstate.init' }, () => {})).toThrow(/more than 50 microsteps/);
  });
});

describe('compileMachine rejects unsupported features', () => {
  it('rejects a parallel state, naming it', () => {
    const machine = createMachine({ id: 'm', initial: 'p', states: { p: { type: 'parallel', states: { a: {}, b: {} } } } });
    expect(() => compileMachine(machine)).toThrow(/state 'm\.p': a parallel state is not supported/);
  });

  it('rejects a history state, naming it', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { initial: 'x', states: { x: {}, back: { type: 'history' } } } },
    });
    expect(() => compileMachine(machine)).toThrow(/state 'm\.a\.back': a history state/);
  });

  it('rejects a wildcard event descriptor, naming the state', () => {
    const machine = createMachine({ id: 'm', initial: 'idle', states: { idle: { on: { '*': 'busy' } }, busy: {} } });
    expect(() => compileMachine(machine)).toThrow(/state 'm\.idle': the wildcard event descriptor '\*'/);
    const partial = createMachine({ id: 'm', initial: 'idle', states: { idle: { on: { 'job.*': 'busy' } }, busy: {} } });
    expect(() => compileMachine(partial)).toThrow(/state 'm\.idle': the wildcard event descriptor 'job\.\*'/);
  });

  it('rejects a raise action, naming the state', () => {
    const machine = createMachine({ id: 'm', initial: 'idle', states: { idle: { entry: raise({ type: 'GO' }) } } });
    expect(() => compileMachine(machine)).toThrow(/state 'm\.idle': the built-in action 'xstate\.raise' in entry actions/);
  });

  it('rejects and/or guards, naming the state', () => {
    const guards = { ready: () => true, idle: () => false };
    const withAnd = setup({ guards }).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { on: { GO: { guard: and(['ready', 'idle']), target: 'b' } } }, b: {} },
    });
    expect(() => compileMachine(withAnd)).toThrow(/state 'm\.a': the higher-order guard 'and'/);
    const withOr = setup({ guards }).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: {}, b: { always: { guard: or(['ready', 'idle']), target: 'a' } } },
    });
    expect(() => compileMachine(withOr)).toThrow(/state 'm\.b': the higher-order guard 'or'/);
  });

  it('rejects inline function actions and delayed transitions, naming the state', () => {
    const inline = createMachine({ id: 'm', initial: 'a', states: { a: { exit: () => {} } } });
    expect(() => compileMachine(inline)).toThrow(/state 'm\.a': an inline function action in exit actions/);
    const delayed = createMachine({ id: 'm', initial: 'a', states: { a: { after: { 100: 'b' } }, b: {} } });
    expect(() => compileMachine(delayed)).toThrow(/state 'm\.a': delayed transitions/);
  });
});
