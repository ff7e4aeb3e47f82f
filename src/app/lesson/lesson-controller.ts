/**
 * The composition root of a lesson the teacher runs: owns the saved record, the lesson
 * machine (phase, round, timer), each team's rounds re-derived from its kaizen plan (the core's
 * replay, deterministic), and the game controller of the team on show, which the existing
 * round, results and kaizen screens and the floor read. The record is saved after every phase
 * change, every kept kaizen change, every plan code accepted, every few seconds of timer, and —
 * in a round — every second of playback and every pause, speed change or step, so a reload
 * goes on from where the round stood on the floor.
 * No DOM here; time comes in through `tick`.
 */
import {
  buildTimeline,
  applySessionCommand,
  debrief,
  openKaizen,
  parseLevel,
  simulateRound,
  startSession,
  valueStream,
  type Command,
  type Debrief,
  type Level,
  type PlayedRound,
  type Session,
  type Timeline,
  type ValueStream,
} from '../../sim';
import { lessonLevel, replayTeam, type LessonSettings } from '../../sim/lesson';
import { createLessonActor, type LessonActor } from './lesson.machine';
import { PLAYBACK_AT_START, type LessonPhase, type LessonPlayback, type LessonRecord } from './lesson-record';
import type { SaveProblem } from './saves';
import { TeamGame } from './team-game';

/** Where saves go (the browser's save store in the game, a fake in tests). */
export interface LessonSaver {
  save(record: LessonRecord): { ok: true } | { ok: false; reason: string; code?: SaveProblem };
}

export interface LessonDeps {
  saver: LessonSaver;
  /** the wall clock, as an ISO string, for the record's updatedAt */
  now(): string;
}

/** lesson: phase, round or team on show changed; teams: a team's plan changed (no new screen); timer: the clock */
export type LessonChange = 'lesson' | 'teams' | 'timer';
type Listener = (change: LessonChange) => void;

/** What the class board shows of one team. */
export interface TeamRounds {
  /** the rounds known, up to the lesson's current round */
  rounds: readonly PlayedRound[];
  /** an own-computer team whose plan code for the later rounds has not come yet */
  waiting: boolean;
  /** the team's plan no longer replays (in the core's words) */
  error?: string;
}

/** While a phase's timer runs, the record is saved at least this often (a crash loses less). */
const SAVE_TIMER_EVERY_MS = 5000;
/**
 * While a round plays on the floor, its position is saved after this much wall-clock time of
 * playback: a reload or a crash loses at most one second of watching. A round runs at 30× or
 * more (a whole round in about a minute at 1×), so a bound in simulated seconds would mean a
 * save every frame; a save is a few milliseconds, once a second is nothing on a weak PC.
 */
export const SAVE_PLAYBACK_EVERY_MS = 1000;

export class LessonController {
  readonly game = new TeamGame();
  readonly level: Level;
  readonly settings: LessonSettings;
  record: LessonRecord;
  /** the last save that failed, in the store's words and code (shown by the lesson bar); undefined once a save goes through */
  saveError: { reason: string; code?: SaveProblem } | undefined;
  private actor: LessonActor;
  private listeners = new Set<Listener>();
  private replays = new Map<string, ReturnType<typeof replayTeam>>();
  /** keyed by the played level object, which the replay cache keeps alive and unique per plan */
  private tracedRuns = new WeakMap<Level, { timeline: Timeline; stream: ValueStream }>();
  /** a card's worth replays the last round twice per card: worth keeping */
  private debriefs = new WeakMap<Session, Debrief>();
  private sinceSave = 0;
  /** wall-clock ms of round playback since the last save */
  private playedSinceSave = 0;
  /** the saved round position, put back on the floor when the lesson opens in a round (once) */
  private resumePlayback: LessonPlayback | undefined;
  /** the team game is being set up by the lesson: its changes are the lesson's, not the teacher's */
  private presenting = false;

  private constructor(record: LessonRecord, level: Level, private readonly deps: LessonDeps) {
    this.record = record;
    this.settings = { levelId: record.settings.levelId, seed: record.settings.seed, rounds: record.settings.rounds, budgetPerRound: record.settings.budgetPerRound };
    this.level = lessonLevel(level, this.settings);
    // A new lesson's progress is the briefing with its full timer: resuming covers both.
    this.actor = createLessonActor({ rounds: this.settings.rounds, timers: record.settings.timers }, record.progress);
    this.actor.start();
    this.resumePlayback = record.progress.phase === 'round' ? record.progress.playback : undefined;
    // The teacher's pause, speed, steps and End on the round are kept at once; its running clock every second (tick).
    this.game.subscribe((view, change) => {
      if (this.presenting || this.phase !== 'round') return;
      const saved = this.record.progress.playback;
      if (change === 'phase') this.persist();
      else if (change === 'clock' && (view.clock.paused !== saved.paused || view.clock.speed !== saved.speed || (view.clock.paused && view.clock.t !== saved.t))) this.persist();
    });
    this.game.hooks = {
      next: () => this.next(),
      leave: () => this.onLeave?.(),
      kaizenChanged: (commands) => this.keepKaizen(commands),
    };
  }

  /** Opens a saved (or new) lesson; a level in it that no longer loads is refused with the reasons. */
  static open(record: LessonRecord, deps: LessonDeps): { ok: true; lesson: LessonController } | { ok: false; reason: string } {
    const parsed = parseLevel(record.level);
    if (!parsed.ok) return { ok: false, reason: parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
    const lesson = new LessonController(record, parsed.level, deps);
    lesson.present();
    return { ok: true, lesson };
  }

  /** Set by the UI: the team screen's menu button. */
  onLeave: (() => void) | undefined;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- where the lesson stands ------------------------------------------------------------

  get phase(): LessonPhase {
    return this.actor.getSnapshot().value as LessonPhase;
  }

  get round(): number {
    return this.actor.getSnapshot().context.round;
  }

  get activeTeam(): number {
    return this.record.progress.activeTeam;
  }

  get timer(): { leftMs: number; paused: boolean; totalMs: number } {
    const c = this.actor.getSnapshot().context;
    return { leftMs: c.timerLeftMs, paused: c.timerPaused, totalMs: (c.timers[this.phase] ?? 0) * 1000 };
  }

  /** Would BACK do anything here? (The bar greys the button out otherwise.) */
  canGoBack(): boolean {
    return this.actor.getSnapshot().can({ type: 'BACK' });
  }

  /** Rounds whose figures the class board shows: none in the briefing, up to the current round after. */
  get boardRounds(): number {
    return this.phase === 'briefing' ? 0 : this.round;
  }

  // --- teacher's controls -----------------------------------------------------------------

  next(): void {
    this.move('NEXT');
  }

  back(): void {
    this.move('BACK');
  }

  togglePause(): void {
    this.actor.send({ type: this.timer.paused ? 'RESUME' : 'PAUSE' });
    this.persist();
    this.emit('timer');
  }

  extend(): void {
    this.actor.send({ type: 'EXTEND' });
    this.persist();
    this.emit('timer');
  }

  /** In the analysis: the class board (false) or the team on show's own results of the round (true). */
  teamResults = false;

  showTeamResults(on: boolean): void {
    if (this.phase !== 'analysis' || on === this.teamResults) return;
    this.teamResults = on;
    this.present();
    this.emit('lesson');
  }

  selectTeam(index: number): void {
    if (index < 0 || index >= this.record.teams.length || index === this.activeTeam) return;
    this.record = { ...this.record, progress: { ...this.record.progress, activeTeam: index } };
    // Presented first: the save then holds the new view's round position (its start).
    this.present();
    this.persist();
    this.emit('lesson');
  }

  /** Wall-clock time from the animation loop: the phase timer and the team's playback. */
  tick(realMs: number): void {
    const before = this.timer.leftMs;
    this.actor.send({ type: 'TICK', ms: realMs });
    if (this.phase === 'round' || this.phase === 'debrief') this.game.tick(realMs);
    if (this.phase === 'round' && this.game.view.phase === 'round' && !this.game.view.clock.paused) {
      this.playedSinceSave += realMs;
      if (this.playedSinceSave >= SAVE_PLAYBACK_EVERY_MS) this.persist();
    }
    if (this.timer.leftMs !== before && this.timer.totalMs > 0) {
      this.sinceSave += realMs;
      if (this.sinceSave >= SAVE_TIMER_EVERY_MS) this.persist();
      // The bar shows whole seconds: tell it only when one has passed.
      if (Math.ceil(before / 1000) !== Math.ceil(this.timer.leftMs / 1000)) this.emit('timer');
    }
  }

  // --- teams ------------------------------------------------------------------------------

  /** A team's rounds as far as the lesson has come (replayed from its plan, cached). */
  teamRounds(team: number): TeamRounds {
    const record = this.record.teams[team];
    const wanted = this.boardRounds;
    if (!record || wanted === 0) return { rounds: [], waiting: false };
    const known = record.mode === 'projector' ? wanted : Math.min(wanted, record.kaizen.length + 1);
    const r = this.replay(team, known - 1);
    if (!r.ok) return { rounds: [], waiting: false, error: r.reason };
    return { rounds: r.session.played.slice(0, known), waiting: known < wanted };
  }

  /** What each of the team's cards bought in its last round shown (the core's debrief), or undefined while rounds are missing. */
  teamDebrief(team: number): Debrief | undefined {
    const known = this.teamRounds(team);
    const k = this.boardRounds;
    if (k === 0 || known.waiting || known.rounds.length < k) return undefined;
    const r = this.replay(team, k - 1);
    if (!r.ok) return undefined;
    let d = this.debriefs.get(r.session);
    if (!d) {
      d = debrief({ ...r.session, played: r.session.played.slice(0, k) });
      this.debriefs.set(r.session, d);
    }
    return d;
  }

  /** The session of a team after `phases` kaizen phases (1 + phases rounds played). */
  teamSession(team: number, phases: number): ReturnType<typeof replayTeam> {
    return this.replay(team, phases);
  }

  /**
   * Whose plan a plan code typed into team `box`'s field is: the team the code names (a code
   * made from a team's join code), else — an old code that names none — the box's team. Only a
   * team at its own computer sends codes; a code naming another team is refused in words.
   */
  planOwner(box: number, named: number | undefined): { ok: true; team: number } | { ok: false; problem: 'projectorTeam' | 'noSuchTeam'; team: number } {
    const team = named ?? box;
    const record = this.record.teams[team];
    if (!record) return { ok: false, problem: 'noSuchTeam', team };
    if (record.mode !== 'own-computer') return { ok: false, problem: 'projectorTeam', team };
    return { ok: true, team };
  }

  /**
   * An own-computer team's plan, decoded from its plan code by the caller: the team's rounds
   * are replayed from it at once; a plan that does not replay is refused and nothing changes.
   */
  acceptPlan(team: number, kaizen: Command[][]): { ok: true } | { ok: false; reason: string; changesRound?: number } {
    const record = this.record.teams[team];
    if (!record) return { ok: false, reason: `there is no team ${team + 1}` };
    // Rounds already analysed on the board are final: a code may extend the team's plan, not rewrite them.
    const final = Math.min(this.actor.getSnapshot().context.played, record.kaizen.length + 1);
    for (let phase = 0; phase < final - 1; phase++) {
      if (JSON.stringify(kaizen[phase] ?? null) !== JSON.stringify(record.kaizen[phase])) {
        return { ok: false, reason: `the code changes round ${phase + 2}, which the class has already analysed`, changesRound: phase + 2 };
      }
    }
    const r = replayTeam(this.level, this.settings, kaizen);
    if (!r.ok) return { ok: false, reason: r.reason };
    this.setTeam(team, { ...record, kaizen });
    // Presented first: the save then holds the new view's round position (its start).
    this.present();
    this.persist();
    this.emit('lesson');
    return { ok: true };
  }

  /** The team whose last round shown has the least total waste (ties: shorter lead time), or undefined. */
  bestTeam(): number | undefined {
    let best: { team: number; waste: number; lead: number } | undefined;
    this.record.teams.forEach((_, team) => {
      const { rounds } = this.teamRounds(team);
      const last = rounds.length === this.boardRounds ? rounds[rounds.length - 1] : undefined;
      if (!last) return;
      const m = last.metrics;
      if (!best || m.totalWasteMinutes < best.waste || (m.totalWasteMinutes === best.waste && m.leadTime.mean < best.lead)) {
        best = { team, waste: m.totalWasteMinutes, lead: m.leadTime.mean };
      }
    });
    return best?.team;
  }

  /** Saves now (the UI calls it before leaving); returns whether the save went through. */
  persist(): boolean {
    this.sinceSave = 0;
    this.playedSinceSave = 0;
    const c = this.actor.getSnapshot().context;
    this.record = {
      ...this.record,
      updatedAt: this.deps.now(),
      progress: {
        ...this.record.progress,
        phase: this.phase,
        round: c.round,
        timerLeftMs: Math.round(c.timerLeftMs),
        timerPaused: c.timerPaused,
        played: c.played,
        playback: this.playback(),
      },
    };
    const r = this.deps.saver.save(this.record);
    this.saveError = r.ok ? undefined : { reason: r.reason, code: r.code };
    return r.ok;
  }

  // --- internals --------------------------------------------------------------------------

  /** Where the team on show's round stands on the floor; the start outside a round. */
  private playback(): LessonPlayback {
    const { phase, clock } = this.game.view;
    if (this.phase !== 'round' || (phase !== 'round' && phase !== 'results')) return { ...PLAYBACK_AT_START, speed: clock.speed };
    return { t: clock.t, speed: clock.speed, paused: phase === 'round' && clock.paused };
  }

  private move(type: 'NEXT' | 'BACK'): void {
    const before = this.actor.getSnapshot();
    this.actor.send({ type });
    const after = this.actor.getSnapshot();
    if (after.value === before.value && after.context.round === before.context.round) return;
    this.teamResults = false;
    if (this.phase === 'kaizen') this.openKaizenPhase(this.round);
    // Presented first: the save then holds the new view's round position (its start).
    this.present();
    this.persist();
    this.emit('lesson');
  }

  /** Kaizen k opens: every projector team gets its (possibly empty) list for phase k. */
  private openKaizenPhase(k: number): void {
    this.record.teams.forEach((team, i) => {
      if (team.mode !== 'projector' || team.kaizen.length >= k) return;
      const kaizen = [...team.kaizen];
      while (kaizen.length < k) kaizen.push([]);
      this.setTeam(i, { ...team, kaizen });
    });
  }

  private keepKaizen(commands: readonly Command[]): void {
    if (this.phase !== 'kaizen') return;
    const team = this.activeTeam;
    const record = this.record.teams[team];
    if (!record || record.mode !== 'projector') return;
    const k = this.round;
    const kaizen = record.kaizen.slice(0, k);
    while (kaizen.length < k) kaizen.push([]);
    kaizen[k - 1] = [...commands];
    this.setTeam(team, { ...record, kaizen });
    this.persist();
    this.emit('teams');
  }

  private setTeam(index: number, team: LessonRecord['teams'][number]): void {
    const teams = [...this.record.teams];
    teams[index] = team;
    this.record = { ...this.record, teams };
  }

  private replay(team: number, phases: number): ReturnType<typeof replayTeam> {
    const record = this.record.teams[team];
    if (!record) return { ok: false, reason: `there is no team ${team + 1}`, phase: -1, index: -1 };
    const kaizen = record.kaizen.slice(0, Math.max(0, phases));
    while (kaizen.length < phases) kaizen.push([]);
    const key = JSON.stringify(kaizen);
    let r = this.replays.get(key);
    if (!r) {
      r = replayTeam(this.level, this.settings, kaizen);
      this.replays.set(key, r);
    }
    return r;
  }

  /** Puts the active team's view of the current phase on the team game. */
  private present(): void {
    this.presenting = true;
    try {
      this.presentPhase();
    } finally {
      this.presenting = false;
      this.resumePlayback = undefined;
    }
  }

  private presentPhase(): void {
    const team = this.activeTeam;
    const phase = this.phase;
    const k = this.round;
    this.game.loopRound = phase === 'debrief';
    if (phase === 'briefing') {
      this.game.present({ phase: 'briefing', level: this.level, session: startSession(this.level, { seed: this.settings.seed, rounds: this.settings.rounds }) });
      return;
    }
    if (phase === 'debrief') {
      // The class's best plan, its last round on the floor, again and again.
      const best = this.bestTeam() ?? team;
      const r = this.replay(best, k - 1);
      if (r.ok) this.presentRound(r.session, k);
      return;
    }
    // The class board needs no floor; a team's own results (spaghetti, maps) only when asked for.
    if (phase === 'analysis' && !this.teamResults) return;
    const { rounds, waiting } = this.teamRounds(team);
    if (rounds.length < k || waiting) return;
    const r = this.replay(team, k - 1);
    if (!r.ok) return;
    if (phase === 'kaizen') {
      if (this.record.teams[team]?.mode !== 'projector') return;
      let session = openKaizen(r.session);
      for (const cmd of this.record.teams[team]?.kaizen[k - 1] ?? []) {
        const applied = applySessionCommand(session, cmd);
        if (applied.ok) session = applied.session;
      }
      this.game.present({ phase: 'kaizen', level: this.level, session });
      return;
    }
    this.presentRound(r.session, k, phase === 'analysis' ? 'results' : 'round', phase === 'round' ? this.resumePlayback : undefined);
  }

  /**
   * The team's round k on the floor, with the traced runs of every round so far: from its start,
   * or from where a saved lesson's round stood (its results, if the round had been played to the end).
   */
  private presentRound(session: Session, k: number, phase: 'round' | 'results' = 'round', at?: LessonPlayback): void {
    const played = session.played.slice(0, k);
    const traced = this.traced(played);
    if (!at) {
      this.game.present({ phase, level: this.level, session: { ...session, played }, ...traced });
      return;
    }
    const ended = at.t >= traced.timeline.duration;
    const clock = { t: Math.min(at.t, traced.timeline.duration), speed: at.speed, paused: !ended && at.paused };
    this.game.present({ phase: ended ? 'results' : phase, level: this.level, session: { ...session, played }, ...traced, clock });
  }

  /** Timelines and value-stream maps of the rounds played (traced runs are cached: the same plan gives the same run). */
  private traced(played: readonly PlayedRound[]): { timeline: Timeline; previousTimeline?: Timeline; valueStreams: ValueStream[] } {
    const of = played.map((p) => {
      let t = this.tracedRuns.get(p.level);
      if (!t) {
        const run = simulateRound(p.level, this.settings.seed, true).run;
        t = { timeline: buildTimeline(run), stream: valueStream(run) };
        this.tracedRuns.set(p.level, t);
      }
      return t;
    });
    const last = of[of.length - 1];
    if (!last) throw new Error('no round has been played');
    return { timeline: last.timeline, previousTimeline: of[of.length - 2]?.timeline, valueStreams: of.map((t) => t.stream) };
  }

  private emit(change: LessonChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
