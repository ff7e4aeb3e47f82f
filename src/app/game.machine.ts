/**
 * The phases of a played level: menu → briefing → round → results → kaizen → round … →
 * debrief. The machine only says which phase follows which; what happens in a phase is the
 * controller's and the core's business.
 */
import { assign, setup } from 'xstate';

export type GameEvent =
  | { type: 'START'; rounds: number }
  | { type: 'NEXT' }
  | { type: 'ROUND_OVER' }
  | { type: 'MENU' };

export const gameMachine = setup({
  types: {
    context: {} as { rounds: number; played: number },
    events: {} as GameEvent,
  },
  guards: {
    allRoundsPlayed: ({ context }) => context.played >= context.rounds,
  },
}).createMachine({
  id: 'game',
  initial: 'menu',
  context: { rounds: 0, played: 0 },
  on: { MENU: { target: '.menu' } },
  states: {
    menu: {
      on: { START: { target: 'briefing', actions: assign({ rounds: ({ event }) => event.rounds, played: 0 }) } },
    },
    briefing: { on: { NEXT: 'round' } },
    round: {
      on: { ROUND_OVER: { target: 'results', actions: assign({ played: ({ context }) => context.played + 1 }) } },
    },
    results: {
      on: { NEXT: [{ guard: 'allRoundsPlayed', target: 'debrief' }, { target: 'kaizen' }] },
    },
    kaizen: { on: { NEXT: 'round' } },
    debrief: { on: { NEXT: 'menu' } },
  },
});

export type Phase = 'menu' | 'briefing' | 'round' | 'results' | 'kaizen' | 'debrief';
