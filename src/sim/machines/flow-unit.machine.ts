/**
 * The lifecycle of every unit that flows through a process: a pupil, a parent or a school order.
 * This machine is the single definition of how an entity behaves; the engine steps it with
 * the compiled stepper (same semantics as XState's transition(), much faster) and carries
 * out the named actions (scheduling travel, joining queues, booking time in the ledger).
 *
 * Rules that keep the stepper and XState in agreement:
 * - guards read only the context below and the event payload;
 * - the context changes only through `assign`;
 * - every named action is an effect the engine performs (no-op here).
 */
import { assign, setup } from 'xstate';

export interface FlowContext {
  /** index of the current step in the route */
  step: number;
  /** the point (station or spot) where the unit is */
  location: number;
  /** point of each route step; shared, never mutated */
  route: readonly number[];
  /** steps whose hand-over needs no carrying (electronic); shared, never mutated */
  electronic: readonly boolean[];
  /** steps done by the same server right after the previous step; shared, never mutated */
  continues: readonly boolean[];
  /** where the unit leaves the process */
  exit: number;
  /** where the unit comes back in after being sent home */
  entrance: number;
  /** work up to and including this step is a repeat caused by a defect (-1: none) */
  reworkUntil: number;
  /** how many times the unit came in (a family sent home comes back: 2 visits) */
  visits: number;
}

export type FlowEvent =
  | { type: 'ARRIVE' }
  | { type: 'ARRIVED'; at: number }
  | { type: 'SERVE'; search: number }
  | { type: 'FOUND' }
  | { type: 'DONE'; outcome: 'ok' | 'revisit' | 'rework'; resumeAt: number }
  | { type: 'RETURN' };

export const flowUnitMachine = setup({
  types: {
    context: {} as FlowContext,
    events: {} as FlowEvent,
    input: {} as FlowContext,
  },
  guards: {
    finishedAtExit: ({ context }) => context.step >= context.route.length && context.location === context.exit,
    routeFinished: ({ context }) => context.step >= context.route.length,
    atStepStation: ({ context }) => context.location === context.route[context.step],
    handedOverElectronically: ({ context }) => context.electronic[context.step] === true,
    needsSearch: ({ event }) => event.type === 'SERVE' && event.search > 0,
    sentHome: ({ event }) => event.type === 'DONE' && event.outcome === 'revisit',
    sentBack: ({ event }) => event.type === 'DONE' && event.outcome === 'rework',
    continuesAtSameServer: ({ context }) => context.continues[context.step + 1] === true,
  },
  actions: {
    enter: () => {},
    beginStep: () => {},
    startTravel: () => {},
    startTravelOut: () => {},
    joinQueue: () => {},
    takeServer: () => {},
    releaseServer: () => {},
    startSearch: () => {},
    startWork: () => {},
    endStep: () => {},
    recordDefect: () => {},
    leaveForNow: () => {},
    finish: () => {},
  },
}).createMachine({
  id: 'flowUnit',
  context: ({ input }) => input,
  initial: 'expected',
  states: {
    expected: {
      on: { ARRIVE: { target: 'active', actions: 'enter' } },
    },
    active: {
      initial: 'choosing',
      states: {
        choosing: {
          entry: 'beginStep',
          always: [
            { guard: 'finishedAtExit', target: '#flowUnit.done' },
            { guard: 'routeFinished', target: 'leaving' },
            { guard: 'atStepStation', target: 'queueing' },
            {
              guard: 'handedOverElectronically',
              target: 'queueing',
              actions: assign({ location: ({ context }) => context.route[context.step] ?? context.location }),
            },
            { target: 'travelling' },
          ],
        },
        travelling: {
          entry: 'startTravel',
          on: {
            ARRIVED: { target: 'choosing', actions: assign({ location: ({ event }) => event.at }) },
          },
        },
        queueing: {
          entry: 'joinQueue',
          on: {
            SERVE: [
              { guard: 'needsSearch', target: 'serving.searching' },
              { target: 'serving.working' },
            ],
          },
        },
        serving: {
          entry: 'takeServer',
          exit: 'releaseServer',
          initial: 'working',
          states: {
            searching: {
              entry: 'startSearch',
              on: { FOUND: 'working' },
            },
            working: { entry: 'startWork' },
          },
          on: {
            DONE: [
              {
                guard: 'sentHome',
                target: 'away',
                actions: [
                  'recordDefect',
                  assign({
                    reworkUntil: ({ context }) => Math.max(context.reworkUntil, context.step),
                    step: ({ event }) => (event.type === 'DONE' ? event.resumeAt : 0),
                  }),
                ],
              },
              {
                guard: 'sentBack',
                target: 'choosing',
                actions: [
                  'recordDefect',
                  assign({
                    reworkUntil: ({ context }) => Math.max(context.reworkUntil, context.step),
                    step: ({ event }) => (event.type === 'DONE' ? event.resumeAt : 0),
                  }),
                ],
              },
              {
                guard: 'continuesAtSameServer',
                target: '.working',
                actions: ['endStep', assign({ step: ({ context }) => context.step + 1 })],
              },
              { target: 'choosing', actions: ['endStep', assign({ step: ({ context }) => context.step + 1 })] },
            ],
          },
        },
        away: {
          entry: 'leaveForNow',
          on: {
            RETURN: {
              target: 'choosing',
              actions: assign({
                location: ({ context }) => context.entrance,
                visits: ({ context }) => context.visits + 1,
              }),
            },
          },
        },
        leaving: {
          entry: 'startTravelOut',
          on: {
            ARRIVED: { target: '#flowUnit.done', actions: assign({ location: ({ event }) => event.at }) },
          },
        },
      },
    },
    done: { type: 'final', entry: 'finish' },
  },
});
