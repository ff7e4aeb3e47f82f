/**
 * Fixture machines for the stepper's differential test. Each one exercises a
 * slice of XState semantics; `events` lists the event types the random driver
 * draws from (including some nobody handles) and `randomEvent` adds payloads.
 */
import { assign, setup, type AnyStateMachine } from 'xstate';
import { flowUnitMachine } from '../../src/sim/machines/flow-unit.machine';

export interface Rng {
  /** Integer in [0, n). */
  int(n: number): number;
}

export interface Fixture {
  readonly name: string;
  readonly machine: AnyStateMachine;
  /** for machines whose context comes from `input`: a fresh input for each sequence */
  readonly input?: (rng: Rng) => Record<string, unknown>;
  readonly randomEvent: (rng: Rng) => { type: string } & Record<string, unknown>;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[rng.int(items.length)]!;
}

const noop = (): void => {};
const traceAction = (_: unknown, _params: { at: string }): void => {};
const trace = (at: string) => ({ type: 'trace', params: { at } }) as const;

// --- flat -----------------------------------------------------------------

type FlatEvent =
  | { type: 'LOAD'; items: number }
  | { type: 'START' }
  | { type: 'BLOCK' }
  | { type: 'UNBLOCK' }
  | { type: 'FINISH' }
  | { type: 'IGNORED' };

const flat = setup({
  types: { context: {} as { loaded: number; runs: number }, events: {} as FlatEvent },
  actions: { trace: traceAction, beep: noop },
}).createMachine({
  id: 'flat',
  context: { loaded: 0, runs: 0 },
  initial: 'idle',
  states: {
    idle: {
      entry: trace('idle:entry'),
      exit: [trace('idle:exit'), 'beep'],
      on: {
        LOAD: { target: 'loaded', actions: assign({ loaded: ({ event }) => event.items }) },
        START: { actions: 'beep' },
      },
    },
    loaded: {
      on: {
        START: { target: 'running', actions: [assign({ runs: ({ context }) => context.runs + 1 }), trace('start')] },
        LOAD: { target: 'loaded', actions: assign({ loaded: ({ context, event }) => context.loaded + event.items }) },
      },
    },
    running: {
      entry: trace('running:entry'),
      exit: trace('running:exit'),
      on: { BLOCK: 'blocked', FINISH: { target: 'idle', actions: assign({ loaded: 0 }) } },
    },
    blocked: {
      entry: 'beep',
      on: { UNBLOCK: 'running', BLOCK: { target: 'blocked', reenter: true } },
    },
  },
});

// --- hierarchical ---------------------------------------------------------

const hierarchical = setup({
  types: { context: {} as { visits: number } },
  actions: { trace: traceAction },
}).createMachine({
  id: 'h',
  context: { visits: 0 },
  initial: 'idle',
  entry: trace('root:entry'),
  exit: trace('root:exit'),
  on: {
    RESET: '.idle',
    // Root-sourced reenter: the domain is "above the root", so the root itself exits and re-enters.
    RESET_HARD: { target: '.idle', reenter: true },
    REBOOT: { target: '#h', reenter: true, actions: trace('root:reboot') },
    SOFT: { target: '#h', actions: trace('root:soft') },
    PING: { actions: trace('root:ping') },
  },
  states: {
    idle: {
      entry: trace('idle:entry'),
      exit: trace('idle:exit'),
      on: { START: 'active', DEEP: 'active.working.fast', JUMP: '#slow' },
    },
    active: {
      id: 'act',
      initial: 'queueing',
      entry: [trace('active:entry'), assign({ visits: ({ context }) => context.visits + 1 })],
      exit: trace('active:exit'),
      on: {
        PAUSE: '.paused',
        PAUSE_HARD: { target: '.paused', reenter: true },
        SELF: { target: 'active', actions: trace('active:self') },
        SELF_HARD: { target: 'active', reenter: true, actions: trace('active:self-hard') },
        NOTE: { actions: trace('active:note') },
        NOTE_RE: { reenter: true, actions: trace('active:note-re') },
        STOP: 'idle',
      },
      states: {
        queueing: {
          entry: trace('queueing:entry'),
          exit: trace('queueing:exit'),
          on: { NEXT: 'working', PING: { actions: trace('queueing:ping') } },
        },
        working: {
          initial: 'slow',
          entry: trace('working:entry'),
          exit: trace('working:exit'),
          on: {
            NEXT: 'paused',
            UP: '#act',
            UP_HARD: { target: '#act', reenter: true },
            PAUSE: { actions: trace('working:pause-swallowed') },
            INNER: '.fast',
            INNER_HARD: { target: '.fast', reenter: true },
          },
          states: {
            slow: {
              id: 'slow',
              entry: trace('slow:entry'),
              exit: trace('slow:exit'),
              on: {
                FASTER: 'fast',
                SELF: { target: 'slow', actions: trace('slow:self') },
                SELF_HARD: { target: 'slow', reenter: true },
              },
            },
            fast: {
              entry: trace('fast:entry'),
              exit: trace('fast:exit'),
              on: { SLOWER: 'slow', OUT: '#h.idle', TOP: '#h', TOP_HARD: { target: '#h', reenter: true }, SIDE: '#h.active.paused' },
            },
          },
        },
        paused: {
          entry: trace('paused:entry'),
          exit: trace('paused:exit'),
          on: { RESUME: 'working.fast', NEXT: 'queueing' },
        },
      },
    },
  },
});

const hierarchicalEvents = [
  'RESET', 'RESET_HARD', 'TOP_HARD', 'REBOOT', 'SOFT', 'PING', 'START', 'DEEP', 'JUMP', 'PAUSE', 'PAUSE_HARD', 'SELF', 'SELF_HARD',
  'NOTE', 'NOTE_RE', 'STOP', 'NEXT', 'UP', 'UP_HARD', 'INNER', 'INNER_HARD', 'FASTER', 'SLOWER', 'OUT',
  'TOP', 'SIDE', 'RESUME', 'UNKNOWN',
] as const;

// --- guards and assign ----------------------------------------------------

type GuardedContext = { n: number; total: number; a: number; b: number; last: string };
type GuardedEvent =
  | { type: 'ADD'; amount: number }
  | { type: 'SUB'; amount: number }
  | { type: 'CHECK' }
  | { type: 'SWAP' }
  | { type: 'RESET' };

const guarded = setup({
  types: { context: {} as GuardedContext, events: {} as GuardedEvent },
  actions: {
    record: (_, _params: { tag: string }) => {},
    bump: assign({ n: ({ context }, params: { by: number }) => context.n + params.by }),
    stamp: assign(({ context }) => ({ last: `n=${context.n}` })),
  },
  guards: {
    isAtLeast: ({ context }, params: { min: number }) => context.n >= params.min,
    amountIsEven: ({ event }) => 'amount' in event && event.amount % 2 === 0,
    isPositive: ({ context }) => context.n > 0,
  },
}).createMachine({
  id: 'g',
  context: { n: 0, total: 0, a: 1, b: 2, last: '' },
  initial: 'low',
  on: {
    SWAP: { actions: [assign({ a: ({ context }) => context.b, b: ({ context }) => context.a }), { type: 'record', params: { tag: 'swap' } }] },
  },
  states: {
    low: {
      entry: [assign(({ context }) => ({ total: context.total + 1 })), { type: 'record', params: { tag: 'low:entry' } }],
      exit: [assign({ last: 'left-low' }), { type: 'record', params: { tag: 'low:exit' } }],
      on: {
        ADD: [
          {
            guard: ({ event }) => event.amount > 7,
            target: 'high',
            actions: [assign({ n: ({ context, event }) => context.n + event.amount }), { type: 'record', params: { tag: 'big' } }],
          },
          { guard: 'amountIsEven', actions: [{ type: 'bump', params: { by: 2 } }, { type: 'record', params: { tag: 'even' } }] },
          { actions: [assign({ n: ({ context }) => context.n + 1, total: ({ context }) => (context.total * 2) % 1000 }), 'stamp'] },
        ],
        CHECK: [
          { guard: { type: 'isAtLeast', params: { min: 10 } }, target: 'high' },
          { guard: { type: 'isAtLeast', params: { min: 3 } }, actions: { type: 'record', params: { tag: 'almost' } } },
        ],
      },
    },
    high: {
      entry: [{ type: 'record', params: { tag: 'high:entry' } }, 'stamp'],
      exit: assign({ total: ({ context }) => context.total + context.n }),
      on: {
        SUB: [
          { guard: ({ context, event }) => context.n - event.amount < 0, target: 'low', actions: assign({ n: 0 }) },
          { guard: 'isPositive', actions: [assign({ n: ({ context, event }) => context.n - event.amount }), 'stamp'] },
        ],
        ADD: { guard: 'amountIsEven', actions: { type: 'bump', params: { by: 1 } } },
        RESET: { target: 'low', actions: [assign(() => ({ n: 0 })), { type: 'record', params: { tag: 'reset' } }] },
      },
    },
  },
});

// --- eventless chains, nested final and onDone ----------------------------

type TankContext = { level: number; pumped: number; spill: number; batches: number };
type TankEvent =
  | { type: 'POUR'; amount: number }
  | { type: 'DRAIN'; amount: number }
  | { type: 'KICK'; force: number }
  | { type: 'BATCH' }
  | { type: 'RINSE' }
  | { type: 'SOAK' }
  | { type: 'STIR' };

/** Internal `xstate.done.state.<id>` events are not part of the machine's event union. */
const isDoneEventOf = (event: { type: string }, stateId: string): boolean => event.type === `xstate.done.state.${stateId}`;

const eventless = setup({
  types: { context: {} as TankContext, events: {} as TankEvent },
  actions: { pumpStroke: noop, alarm: noop, autoRecover: noop, sawEvent: (_, _params: { kind: string }) => {}, batchDone: noop, rinseNoted: noop },
}).createMachine({
  id: 'e',
  context: { level: 0, pumped: 0, spill: 0, batches: 0 },
  initial: 'filling',
  on: {
    POUR: { actions: assign({ level: ({ context, event }) => context.level + event.amount }) },
    DRAIN: { actions: assign({ level: ({ context, event }) => Math.max(0, context.level - event.amount) }) },
  },
  states: {
    filling: {
      on: { BATCH: 'batch', RINSE: 'rinse', SOAK: 'soak' },
      always: [
        { guard: ({ context }) => context.level >= 10, target: 'overflow' },
        { guard: ({ context }) => context.level >= 5, target: 'half' },
        // Reads the payload of an event nobody handles: fires on the unhandled KICK.
        { guard: ({ event }) => event.type === 'KICK' && event.force > 6, target: 'half', actions: assign({ level: 5 }) },
        // Targetless and assign-free: XState runs it once per macrostep, not forever.
        { guard: ({ event }) => event.type === 'POUR' && event.amount === 0, actions: { type: 'sawEvent', params: { kind: 'empty-pour' } } },
        // Sees the internal done event that the batch's final state raised.
        { guard: ({ event }) => event.type.startsWith('xstate.done.state.'), actions: { type: 'sawEvent', params: { kind: 'done' } } },
      ],
    },
    half: {
      entry: assign({ pumped: ({ context }) => context.pumped + 1 }),
      always: [
        { guard: ({ context }) => context.level >= 10, target: 'overflow' },
        { guard: ({ context }) => context.level < 5, target: 'filling' },
        { guard: ({ context }) => context.level > 7, actions: [assign({ level: ({ context }) => context.level - 1 }), 'pumpStroke'] },
      ],
    },
    overflow: {
      entry: [assign({ spill: ({ context }) => context.spill + context.level - 9, level: 9 }), 'alarm'],
      always: { target: 'half', actions: 'autoRecover' },
    },
    batch: {
      initial: 'mixing',
      entry: assign({ batches: ({ context }) => context.batches + 1 }),
      states: {
        mixing: {
          on: { STIR: 'mixed' },
          always: { guard: ({ context }) => context.level === 0, target: 'mixed' },
        },
        mixed: { type: 'final' },
      },
      onDone: { target: 'filling', actions: 'batchDone' },
    },
    // Handled done event whose onDone changes nothing: eventless transitions are still re-selected.
    rinse: {
      initial: 'running',
      states: { running: { on: { STIR: 'clean' } }, clean: { type: 'final' } },
      onDone: { actions: 'rinseNoted' },
      always: { guard: ({ event }) => isDoneEventOf(event, 'e.rinse'), target: 'filling' },
    },
    // Unhandled done event: it still becomes the event the eventless guards see.
    soak: {
      initial: 'wet',
      states: { wet: { on: { STIR: 'dry' } }, dry: { type: 'final' } },
      always: { guard: ({ event }) => isDoneEventOf(event, 'e.soak'), target: 'filling', actions: { type: 'sawEvent', params: { kind: 'soaked' } } },
    },
  },
});

// --- top-level final ------------------------------------------------------

type OrderEvent =
  | { type: 'ADD_ITEM'; price: number }
  | { type: 'CHECKOUT' }
  | { type: 'ADDRESS'; valid: boolean }
  | { type: 'PAY'; amount: number }
  | { type: 'BACK' }
  | { type: 'CANCEL' };

const withFinal = setup({
  types: { context: {} as { total: number; items: number }, events: {} as OrderEvent },
  actions: { trace: traceAction, receipt: noop },
}).createMachine({
  id: 'order',
  context: { total: 0, items: 0 },
  initial: 'cart',
  entry: trace('order:entry'),
  exit: [trace('order:exit'), 'receipt'],
  on: { CANCEL: '.cancelled' },
  states: {
    cart: {
      exit: trace('cart:exit'),
      on: {
        ADD_ITEM: { actions: assign({ total: ({ context, event }) => context.total + event.price, items: ({ context }) => context.items + 1 }) },
        CHECKOUT: { guard: ({ context }) => context.items > 0, target: 'checkout' },
      },
    },
    checkout: {
      initial: 'address',
      entry: trace('checkout:entry'),
      exit: trace('checkout:exit'),
      on: { BACK: 'cart' },
      states: {
        address: { on: { ADDRESS: { guard: ({ event }) => event.valid, target: 'payment' } } },
        payment: {
          on: {
            PAY: [
              { guard: ({ context, event }) => event.amount >= context.total, target: '#order.paid' },
              { actions: assign({ total: ({ context, event }) => context.total - event.amount }) },
            ],
          },
          // Paying everything off in instalments completes the order without another event.
          always: { guard: ({ context }) => context.total <= 0, target: '#order.paid' },
        },
      },
    },
    paid: { type: 'final', entry: trace('paid:entry'), exit: trace('paid:exit') },
    cancelled: { type: 'final', entry: trace('cancelled:entry') },
  },
});

// --- many guards ------------------------------------------------------------
// More distinct named guards than the stepper has call sites for them (see callGuard), with
// params, some shared between transitions, and eventless ones: every guard must still be the
// one XState would call, with its own params.

type DialEvent = { type: 'TURN'; by: number } | { type: 'PRESS' } | { type: 'NOPE' };

const DIAL_GUARDS = ['is0', 'is1', 'is2', 'is3', 'is4', 'is5', 'is6', 'is7', 'is8', 'is9', 'is10', 'is11', 'is12', 'is13', 'is14', 'is15'] as const;
type DialGuard = (typeof DIAL_GUARDS)[number];
const dialGuards = Object.fromEntries(
  DIAL_GUARDS.map((name, k) => [name, ({ context }: { context: { n: number } }) => context.n % 16 === k] as const),
) as Record<DialGuard, ({ context }: { context: { n: number } }) => boolean>;

const dial = setup({
  types: { context: {} as { n: number; presses: number }, events: {} as DialEvent },
  guards: { ...dialGuards, atLeast: ({ context }, params: { min: number }) => context.n >= params.min },
  actions: { trace: traceAction, countPress: assign({ presses: ({ context }) => context.presses + 1 }) },
}).createMachine({
  id: 'dial',
  context: { n: 0, presses: 0 },
  initial: 'low',
  states: {
    low: {
      always: { guard: { type: 'atLeast', params: { min: 40 } }, target: 'high' },
      on: {
        TURN: { actions: assign({ n: ({ context, event }) => context.n + event.by }) },
        PRESS: DIAL_GUARDS.map((guard) => ({
          guard,
          actions: ['countPress' as const, trace(`low:${guard}`)],
        })),
      },
    },
    high: {
      always: { guard: 'is15', target: 'low', actions: assign({ n: 0 }) },
      on: {
        TURN: { actions: assign({ n: ({ context, event }) => context.n + event.by }) },
        PRESS: [
          { guard: { type: 'atLeast', params: { min: 60 } }, target: 'low', actions: [assign({ n: 1 }), trace('high:reset')] },
          { guard: 'is3', actions: trace('high:3') },
          { guard: 'is12', actions: trace('high:12') },
        ],
      },
    },
  },
});

export const fixtures: readonly Fixture[] = [
  {
    name: 'flat',
    machine: flat,
    randomEvent: (rng) => {
      const type = pick(rng, ['LOAD', 'START', 'BLOCK', 'UNBLOCK', 'FINISH', 'IGNORED'] as const);
      return type === 'LOAD' ? { type, items: rng.int(5) } : { type };
    },
  },
  {
    name: 'hierarchical',
    machine: hierarchical,
    randomEvent: (rng) => ({ type: pick(rng, hierarchicalEvents) }),
  },
  {
    name: 'guarded',
    machine: guarded,
    randomEvent: (rng) => {
      const type = pick(rng, ['ADD', 'SUB', 'CHECK', 'SWAP', 'RESET', 'NOPE'] as const);
      return type === 'ADD' || type === 'SUB' ? { type, amount: rng.int(12) } : { type };
    },
  },
  {
    name: 'eventless',
    machine: eventless,
    randomEvent: (rng) => {
      const type = pick(rng, ['POUR', 'DRAIN', 'KICK', 'BATCH', 'RINSE', 'SOAK', 'STIR', 'NOPE'] as const);
      if (type === 'POUR') return { type, amount: rng.int(4) === 0 ? 0 : rng.int(8) };
      if (type === 'DRAIN') return { type, amount: rng.int(10) };
      if (type === 'KICK') return { type, force: rng.int(10) };
      return { type };
    },
  },
  {
    name: 'top-level final',
    machine: withFinal,
    randomEvent: (rng) => {
      const type = pick(rng, ['ADD_ITEM', 'ADD_ITEM', 'CHECKOUT', 'ADDRESS', 'PAY', 'PAY', 'BACK', 'CANCEL', 'NOPE'] as const);
      if (type === 'ADD_ITEM') return { type, price: 1 + rng.int(20) };
      if (type === 'ADDRESS') return { type, valid: rng.int(3) > 0 };
      if (type === 'PAY') return { type, amount: rng.int(40) };
      return { type };
    },
  },
  {
    name: 'many guards',
    machine: dial,
    randomEvent: (rng) => {
      const type = pick(rng, ['TURN', 'TURN', 'PRESS', 'PRESS', 'NOPE'] as const);
      return type === 'TURN' ? { type, by: rng.int(7) } : { type };
    },
  },
  {
    // The real lifecycle every pupil, family and document follows in the engine.
    name: 'flow-unit',
    machine: flowUnitMachine,
    input: (rng) => {
      const length = 1 + rng.int(4);
      return {
        step: 0,
        location: 4,
        route: Array.from({ length }, () => rng.int(4)),
        electronic: Array.from({ length }, () => rng.int(4) === 0),
        continues: Array.from({ length }, (_, i) => i > 0 && rng.int(3) === 0),
        exit: 4 + rng.int(2),
        entrance: 4,
        reworkUntil: -1,
        visits: 1,
      };
    },
    randomEvent: (rng) => {
      const type = pick(rng, ['ARRIVE', 'ARRIVED', 'SERVE', 'FOUND', 'DONE', 'DONE', 'RETURN', 'NOPE'] as const);
      if (type === 'ARRIVED') return { type, at: rng.int(6) };
      if (type === 'SERVE') return { type, search: rng.int(3) === 0 ? 0 : rng.int(30) };
      if (type === 'DONE') return { type, outcome: pick(rng, ['ok', 'ok', 'revisit', 'rework'] as const), resumeAt: rng.int(4) };
      return { type };
    },
  },
];
