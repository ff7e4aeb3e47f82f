/**
 * The composition root of a played level: owns the session (core), the phase machine, the
 * traced timeline of the round being watched, and the playback clock. The UI and the
 * renderer read `view` and call the methods below; neither holds game state of its own.
 * The only place with wall-clock time is `tick`, fed by the animation loop.
 */
import { createActor } from 'xstate';
import {
  buildTimeline,
  applySessionCommand,
  debrief,
  isFinished,
  openKaizen,
  playNextRound,
  startSession,
  takeBack as takeBackChange,
  valueStream,
  type Command,
  type Debrief,
  type Level,
  type Session,
  type Timeline,
  type ValueStream,
  ask,
  type Bucket,
  type PracticeQuestion,
  type PracticeTarget,
} from '../sim';
import type { LessonSettings } from '../sim/lesson';
import { gameMachine, type Phase } from './game.machine';

export const SPEEDS = [1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/** At 1×, a whole round plays in about this many real seconds. */
const SECONDS_PER_ROUND_AT_1X = 60;
/** Arrow keys move the paused clock by about 1/120 of the round, in a round number of seconds (10 s at least). */
const STEPS = [10, 30, 60, 300, 600, 1800, 3600, 7200, 14400, 28800, 86400];
export function stepSeconds(roundDuration: number): number {
  const wanted = roundDuration / 120;
  return STEPS.find((s) => s >= wanted) ?? (STEPS[STEPS.length - 1] as number);
}

export interface Clock {
  t: number;
  speed: Speed;
  paused: boolean;
}

export interface GameView {
  phase: Phase;
  level: Level | undefined;
  session: Session | undefined;
  /** the round being watched, or the last one played */
  timeline: Timeline | undefined;
  /** the round before it, for comparisons (spaghetti over spaghetti) */
  previousTimeline: Timeline | undefined;
  /** the value-stream map of every round played, in order (round 1 first) */
  valueStreams: readonly ValueStream[];
  clock: Clock;
  /** set in the debrief phase */
  debrief: Debrief | undefined;
  /** the last refused change, in the core's words, until the next change */
  refusal: string | undefined;
  /** a lesson joined with a join code: its settings, the commands of each kaizen phase played so far (for the plan code) and the team of the code (0 = team 1; none in an old code) */
  lesson?: { settings: LessonSettings; kaizen: readonly (readonly Command[])[]; team?: number };
  /** practice mode (seeing waste): the trainee's graded answers so far; undefined in a lesson */
  practice: PracticeLog | undefined;
}

/** What lesson mode shows on this controller: a team's session prepared elsewhere, at a phase. */
export interface Presented {
  phase: Phase;
  level: Level;
  session: Session;
  timeline?: Timeline;
  previousTimeline?: Timeline;
  valueStreams?: readonly ValueStream[];
  debrief?: Debrief;
  /** a joined lesson resumed on a pupil's computer */
  lesson?: GameView['lesson'];
  /** where the round's playback stands (a lesson resumed mid-round); default: its start, running */
  clock?: Partial<Clock>;
}

export interface PracticeLog {
  questions: readonly PracticeQuestion[];
}

export type ChangeKind = 'phase' | 'session' | 'clock';
type Listener = (view: GameView, change: ChangeKind) => void;

export interface GameOptions {
  rounds: number;
  seed: number;
  /** practise seeing waste: the round asks what clicked things are (src/sim/practice) */
  practice?: boolean;
  /** played as a team of a lesson (joined with a join code) */
  lesson?: LessonSettings;
  /** the team the join code names (0 = team 1) */
  lessonTeam?: number;
}

export class GameController {
  private actor = createActor(gameMachine).start();
  private listeners = new Set<Listener>();
  /** lesson mode's debrief: the round starts again at its end instead of going to the results */
  loopRound = false;
  view: GameView = {
    phase: 'menu',
    level: undefined,
    session: undefined,
    timeline: undefined,
    previousTimeline: undefined,
    valueStreams: [],
    clock: { t: 0, speed: 1, paused: false },
    debrief: undefined,
    refusal: undefined,
    practice: undefined,
  };

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  startLevel(level: Level, options: GameOptions): void {
    this.actor.send({ type: 'START', rounds: options.rounds });
    this.update('phase', {
      level,
      session: startSession(level, { seed: options.seed, rounds: options.rounds }),
      timeline: undefined,
      previousTimeline: undefined,
      valueStreams: [],
      debrief: undefined,
      refusal: undefined,
      practice: options.practice ? { questions: [] } : undefined,
      lesson: options.lesson ? { settings: options.lesson, kaizen: [], ...(options.lessonTeam === undefined ? {} : { team: options.lessonTeam }) } : undefined,
    });
  }

  /** Lesson mode: show a team's session (replayed by the lesson) at a phase; the clock starts at 0. */
  present(p: Presented): void {
    this.actor.stop();
    const context = { rounds: p.session.totalRounds, played: p.session.played.length };
    this.actor = createActor(gameMachine, { snapshot: gameMachine.resolveState({ value: p.phase, context }) }).start();
    this.update('phase', {
      level: p.level,
      session: p.session,
      timeline: p.timeline,
      previousTimeline: p.previousTimeline,
      valueStreams: p.valueStreams ?? [],
      debrief: p.debrief,
      clock: { ...this.view.clock, t: 0, paused: false, ...p.clock },
      refusal: undefined,
      lesson: p.lesson,
      practice: undefined,
    });
  }

  /** Enter / the "next" button: moves the lesson on from whatever phase it is in. */
  next(): void {
    const { phase, session } = this.view;
    if (!session) return;
    if (phase === 'briefing' || phase === 'kaizen') this.playRound(session);
    else if (phase === 'round') this.skipToResults();
    else if (phase === 'results') {
      this.actor.send({ type: 'NEXT' });
      if (this.phase() === 'debrief') this.update('phase', { debrief: debrief(session) });
      else this.update('phase', { session: openKaizen(session), refusal: undefined });
    } else if (phase === 'debrief') this.toMenu();
  }

  toMenu(): void {
    this.actor.send({ type: 'MENU' });
    this.update('phase', { session: undefined, level: undefined, timeline: undefined, previousTimeline: undefined, valueStreams: [], practice: undefined });
  }

  // --- playback ---------------------------------------------------------------------------

  togglePause(): void {
    if (this.view.phase !== 'round') return;
    this.setClock({ paused: !this.view.clock.paused });
  }

  setSpeed(speed: Speed): void {
    this.setClock({ speed });
  }

  /** Move the clock by whole steps (negative: back); pauses, so the step can be looked at. */
  step(steps: number): void {
    if (this.view.phase !== 'round' || !this.view.timeline) return;
    const duration = this.view.timeline.duration;
    const t = clamp(this.view.clock.t + steps * stepSeconds(duration), 0, duration);
    this.setClock({ t, paused: true });
  }

  skipToResults(): void {
    if (this.view.phase !== 'round' || !this.view.timeline) return;
    this.setClock({ t: this.view.timeline.duration });
    this.endRound();
  }

  /** Advance playback by `realMs` of wall-clock time (called by the animation loop). */
  tick(realMs: number): void {
    const { phase, timeline, clock } = this.view;
    if (phase !== 'round' || !timeline || clock.paused) return;
    const rate = Math.max(1, timeline.duration / SECONDS_PER_ROUND_AT_1X) * clock.speed;
    const t = Math.min(timeline.duration, clock.t + (realMs / 1000) * rate);
    if (t >= timeline.duration && this.loopRound) {
      this.setClock({ t: 0 });
      return;
    }
    this.setClock({ t });
    if (t >= timeline.duration) this.endRound();
  }

  // --- practice: seeing waste -------------------------------------------------------------

  /** Pause the round (no toggle): the trainee is looking at something. */
  pause(): void {
    if (this.view.phase === 'round' && !this.view.clock.paused) this.setClock({ paused: true });
  }

  /**
   * Grade the trainee's answer about `target` at time t of the round being watched (the core
   * checks it against its ledger) and keep it; undefined when there is nothing there to judge.
   */
  answerPractice(target: PracticeTarget, t: number, answer: Bucket): PracticeQuestion | undefined {
    const { practice, timeline, phase } = this.view;
    if (!practice || !timeline || phase !== 'round') return undefined;
    const question = ask(timeline, t, target, answer);
    if (question) this.update('session', { practice: { questions: [...practice.questions, question] } });
    return question;
  }

  // --- kaizen -----------------------------------------------------------------------------

  apply(cmd: Command): boolean {
    const { session, phase } = this.view;
    if (!session || phase !== 'kaizen') return false;
    const r = applySessionCommand(session, cmd);
    this.update('session', r.ok ? { session: r.session, refusal: undefined } : { refusal: r.reason });
    return r.ok;
  }

  takeBack(index: number): boolean {
    const { session, phase } = this.view;
    if (!session || phase !== 'kaizen') return false;
    const r = takeBackChange(session, index);
    this.update('session', r.ok ? { session: r.session, refusal: undefined } : { refusal: r.reason });
    return r.ok;
  }

  // --- internals --------------------------------------------------------------------------

  private playRound(session: Session): void {
    if (isFinished(session)) return;
    const played = playNextRound(session);
    this.actor.send({ type: 'NEXT' });
    // A joined lesson keeps each kaizen phase apart: they make the team's plan code.
    const lesson = this.view.lesson && session.played.length > 0
      ? { ...this.view.lesson, kaizen: [...this.view.lesson.kaizen, session.phaseCommands] }
      : this.view.lesson;
    this.update('phase', {
      lesson,
      session: played.session,
      previousTimeline: this.view.timeline,
      timeline: buildTimeline(played.run),
      valueStreams: [...this.view.valueStreams, valueStream(played.run)],
      clock: { ...this.view.clock, t: 0, paused: false },
      refusal: undefined,
    });
  }

  private endRound(): void {
    this.actor.send({ type: 'ROUND_OVER' });
    this.update('phase', {});
  }

  private phase(): Phase {
    return this.actor.getSnapshot().value as Phase;
  }

  private setClock(change: Partial<Clock>): void {
    this.update('clock', { clock: { ...this.view.clock, ...change } });
  }

  private update(kind: ChangeKind, change: Partial<GameView>): void {
    this.view = { ...this.view, ...change, phase: this.phase() };
    for (const listener of this.listeners) listener(this.view, kind);
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}
