/**
 * The phases of a lesson the teacher runs: briefing → round → analysis → kaizen → round … →
 * debrief, with the phase timer. Time comes in as `TICK {ms}` events from the animation loop,
 * so the machine never reads a clock and a test drives it with a simulated one.
 *
 * When a phase's time is up the timer keeps counting into overtime (negative time left) and
 * the phase stays: teachers end a phase when the class has finished its sentence, not when a
 * machine decides; the bar shows "time's up" in large type so nobody misses it.
 *
 * BACK goes one phase back, but never undoes a played round's figures: once a round's
 * analysis has been shown (`played`), the kaizen before that round is closed, so BACK from
 * that round is refused.
 */
import { assign, createActor, setup } from 'xstate';
import type { LessonPhase } from './lesson-record';

/** +1 min per EXTEND. */
export const EXTEND_MS = 60_000;

export interface LessonMachineInput {
  rounds: number;
  /** seconds per phase; 0 = no timer */
  timers: Record<LessonPhase, number>;
}

/** Where a saved lesson stood. */
export interface LessonResume {
  phase: LessonPhase;
  round: number;
  played: number;
  timerLeftMs: number;
  timerPaused: boolean;
}

export interface LessonContext {
  rounds: number;
  timers: Record<LessonPhase, number>;
  /** the round being played, analysed, or prepared for (kaizen k comes after round k); 0 in the briefing */
  round: number;
  /** rounds whose analysis has been shown: their figures are final */
  played: number;
  /** ms left in this phase; negative = overtime; meaningless when the phase has no timer */
  timerLeftMs: number;
  timerPaused: boolean;
}

export type LessonEvent =
  | { type: 'TICK'; ms: number }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'EXTEND' }
  | { type: 'NEXT' }
  | { type: 'BACK' };

const clampRounds = (n: number): number => Math.max(1, Math.floor(n));

function initialContext(input: LessonMachineInput): LessonContext {
  return { rounds: clampRounds(input.rounds), timers: input.timers, round: 0, played: 0, timerLeftMs: (input.timers.briefing ?? 0) * 1000, timerPaused: false };
}

/** The context on entering `phase`: its timer starts from the top, running. */
function enter(context: LessonContext, phase: LessonPhase, round: number): Partial<LessonContext> {
  return { round, timerLeftMs: (context.timers[phase] ?? 0) * 1000, timerPaused: false };
}

export const lessonMachine = setup({
  types: {
    context: {} as LessonContext,
    events: {} as LessonEvent,
    input: {} as LessonMachineInput,
  },
  guards: {
    moreRounds: ({ context }) => context.round < context.rounds,
    firstRound: ({ context }) => context.round <= 1,
    /** the kaizen before this round may still change: its analysis has not been shown */
    roundNotFinal: ({ context }) => context.played < context.round,
  },
  actions: {
    tick: assign(({ context, event }) => {
      if (event.type !== 'TICK' || context.timerPaused || !(event.ms > 0)) return {};
      return { timerLeftMs: context.timerLeftMs - event.ms };
    }),
    pause: assign({ timerPaused: true }),
    resume: assign({ timerPaused: false }),
    extend: assign(({ context }) => ({ timerLeftMs: Math.max(0, context.timerLeftMs) + EXTEND_MS })),
    markPlayed: assign(({ context }) => ({ played: Math.max(context.played, context.round) })),
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => initialContext(input),
  initial: 'briefing',
  on: {
    TICK: { actions: 'tick' },
    PAUSE: { actions: 'pause' },
    RESUME: { actions: 'resume' },
    EXTEND: { actions: 'extend' },
  },
  states: {
    briefing: {
      on: { NEXT: { target: 'round', actions: assign(({ context }) => enter(context, 'round', 1)) } },
    },
    round: {
      on: {
        NEXT: { target: 'analysis', actions: [assign(({ context }) => enter(context, 'analysis', context.round)), 'markPlayed'] },
        BACK: [
          { guard: 'firstRound', target: 'briefing', actions: assign(({ context }) => enter(context, 'briefing', 0)) },
          { guard: 'roundNotFinal', target: 'kaizen', actions: assign(({ context }) => enter(context, 'kaizen', context.round - 1)) },
        ],
      },
    },
    analysis: {
      on: {
        NEXT: [
          { guard: 'moreRounds', target: 'kaizen', actions: assign(({ context }) => enter(context, 'kaizen', context.round)) },
          { target: 'debrief', actions: assign(({ context }) => enter(context, 'debrief', context.round)) },
        ],
        BACK: { target: 'round', actions: assign(({ context }) => enter(context, 'round', context.round)) },
      },
    },
    kaizen: {
      on: {
        NEXT: { target: 'round', actions: assign(({ context }) => enter(context, 'round', context.round + 1)) },
        BACK: { target: 'analysis', actions: assign(({ context }) => enter(context, 'analysis', context.round)) },
      },
    },
    debrief: {
      on: { BACK: { target: 'analysis', actions: assign(({ context }) => enter(context, 'analysis', context.round)) } },
    },
  },
});

/**
 * A lesson actor: a new lesson at the briefing, or a saved one exactly where it stood (phase,
 * round, timer). A resumed state is checked against the lesson's rounds so a damaged save
 * cannot put the machine somewhere it could never reach.
 */
export function createLessonActor(input: LessonMachineInput, resume?: LessonResume) {
  if (!resume) return createActor(lessonMachine, { input });
  const base = initialContext(input);
  const maxRound = base.rounds;
  const round = resume.phase === 'briefing' ? 0 : Math.min(maxRound, Math.max(1, Math.floor(resume.round)));
  const played = Math.min(maxRound, Math.max(0, Math.floor(resume.played)));
  const context: LessonContext = {
    ...base,
    round,
    played: resume.phase === 'analysis' || resume.phase === 'kaizen' || resume.phase === 'debrief' ? Math.max(played, round) : played,
    timerLeftMs: Number.isFinite(resume.timerLeftMs) ? resume.timerLeftMs : (input.timers[resume.phase] ?? 0) * 1000,
    timerPaused: resume.timerPaused,
  };
  const snapshot = lessonMachine.resolveState({ value: resume.phase, context });
  return createActor(lessonMachine, { input, snapshot });
}

export type LessonActor = ReturnType<typeof createLessonActor>;
