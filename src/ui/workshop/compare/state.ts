/**
 * What the compare page holds while it is open: the level, both plans, the number of runs,
 * the comparison under way (one seed at a time, so the page never freezes) and its result.
 * It outlives a redraw (a language switch) and is dropped when the page is closed.
 */
import {
  ComparisonRun,
  comparisonSeeds,
  DEFAULT_SEED_COUNT,
  MAX_SEED_COUNT,
  MIN_SEED_COUNT,
  type Comparison,
  type Level,
} from '../../../sim';
import type { AddressProblem } from './address';
import { EMPTY_PLAN, planLevelOf, type PlanDraft, type Side } from './plans';

/** How long one slice of the comparison may hold the page before it lets it draw. */
const SLICE_MS = 24;

export type RunStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: Comparison; ms: number; plans: { a: PlanDraft; b: PlanDraft }; levelId: string };

export interface ComparePreset {
  level: Level;
  a: PlanDraft;
  b: PlanDraft;
  /** opened from a lesson's kaizen screen after this round: "back" goes there, fixed plans are named by round */
  afterRound?: number;
  /** the number of runs, when the page's address names it */
  seedCount?: number;
  /** the page's address could not be read: this default setup is shown instead, with the reason */
  addressProblem?: AddressProblem;
}

export type Listener = (change: 'plans' | 'run') => void;

export class CompareState {
  level: Level;
  plans: Record<Side, PlanDraft>;
  readonly afterRound: number | undefined;
  seedCount = DEFAULT_SEED_COUNT;
  readonly addressProblem: AddressProblem | undefined;
  /** the last refusal, per side, in the core's words */
  refusal: { side: Side; reason: string } | undefined;
  status: RunStatus = { kind: 'idle' };
  /** the station-move form of each plan as the user left it, so a redraw (a refusal) keeps it */
  moveForm: Record<Side, { open: boolean; station?: string; x?: string; y?: string }> = { a: { open: false }, b: { open: false } };
  private timer = 0;
  private token = 0;
  private listeners = new Set<Listener>();

  constructor(
    preset: ComparePreset,
    readonly firstSeed: number,
  ) {
    this.level = preset.level;
    this.plans = { a: preset.a, b: preset.b };
    this.afterRound = preset.afterRound;
    if (preset.seedCount !== undefined && CompareState.validSeedCount(preset.seedCount)) this.seedCount = preset.seedCount;
    this.addressProblem = preset.addressProblem;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: 'plans' | 'run'): void {
    for (const l of this.listeners) l(change);
  }

  setLevel(level: Level): void {
    this.cancel();
    this.level = level;
    this.plans = { a: EMPTY_PLAN, b: EMPTY_PLAN };
    this.moveForm = { a: { open: false }, b: { open: false } };
    this.refusal = undefined;
    this.status = { kind: 'idle' };
    this.emit('plans');
  }

  setPlan(side: Side, change: { ok: true; plan: PlanDraft } | { ok: false; reason: string }): boolean {
    if (change.ok) {
      this.plans = { ...this.plans, [side]: change.plan };
      this.refusal = undefined;
    } else this.refusal = { side, reason: change.reason };
    this.emit('plans');
    return change.ok;
  }

  get fromKaizen(): boolean {
    return this.afterRound !== undefined;
  }

  static validSeedCount(n: number): boolean {
    return Number.isInteger(n) && n >= MIN_SEED_COUNT && n <= MAX_SEED_COUNT;
  }

  /** Whether the shown result still matches the plans on the page. */
  get stale(): boolean {
    const s = this.status;
    return s.kind === 'done' && (s.levelId !== this.level.id || s.plans.a !== this.plans.a || s.plans.b !== this.plans.b);
  }

  /** Start the comparison: both plans over `seedCount` seeds, in slices between frames. */
  run(seedCount: number): void {
    this.cancel();
    if (!CompareState.validSeedCount(seedCount)) throw new RangeError(`seed count ${seedCount} is out of range`);
    this.seedCount = seedCount;
    const a = planLevelOf(this.level, this.plans.a);
    const b = planLevelOf(this.level, this.plans.b);
    if (!a.ok || !b.ok) {
      this.refusal = !a.ok ? { side: 'a', reason: a.reason } : { side: 'b', reason: (b as { reason: string }).reason };
      this.emit('plans');
      return;
    }
    const plans = this.plans;
    const levelId = this.level.id;
    const run = new ComparisonRun(a.level, b.level, comparisonSeeds(this.firstSeed, seedCount));
    const token = ++this.token;
    const started = performance.now();
    this.status = { kind: 'running', done: 0, total: seedCount };
    this.emit('run');
    const slice = (): void => {
      if (token !== this.token) return;
      try {
        const t0 = performance.now();
        do run.step();
        while (!run.done && performance.now() - t0 < SLICE_MS);
        if (run.done) {
          this.status = { kind: 'done', result: run.result(), ms: performance.now() - started, plans, levelId };
        } else {
          this.status = { kind: 'running', done: run.completed, total: seedCount };
          this.timer = window.setTimeout(slice, 0);
        }
      } catch (error) {
        // A bug in the core must not leave the page "running" for ever: say so, keep the plans.
        console.error(error);
        this.status = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      this.emit('run');
    };
    this.timer = window.setTimeout(slice, 0);
  }

  cancel(): void {
    window.clearTimeout(this.timer);
    this.token++;
    if (this.status.kind === 'running') {
      this.status = { kind: 'cancelled' };
      this.emit('run');
    }
  }
}
