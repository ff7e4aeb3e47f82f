/**
 * How much detail the floor can afford, judged from the browser's frame times. Pure: it is fed
 * frame timestamps (ms) and says when to step the level down or back up, so it is tested with
 * a fake clock.
 *
 * - Down one level when the moving average of the last `window` frame times is over
 *   `budgetMs` (after `holdMs` at the current level: the first frames after a change pay for
 *   the redrawing and do not count).
 * - Up one level only after the average has stayed under `recoverMs` for `upHoldMs`
 *   (hysteresis: the band between the two thresholds changes nothing). When a step up is undone
 *   within `relapseMs`, the next step up waits twice as long, so a machine on the edge does not
 *   swing between two levels.
 * - Gaps over `maxGapMs` (a hidden tab, a pause in the debugger) and frames while `pause()`d
 *   (the round paused, another screen) are not frame times and are skipped.
 */

/** From the richest drawing to the cheapest; what each drops is in detail-levels.ts. */
export const DETAIL_LEVELS = ['full', 'lean', 'low', 'minimal'] as const;
export type Detail = (typeof DETAIL_LEVELS)[number];

export function isDetail(value: unknown): value is Detail {
  return typeof value === 'string' && (DETAIL_LEVELS as readonly string[]).includes(value);
}

export interface MonitorOptions {
  /** step down when the average frame takes longer (ms) */
  budgetMs: number;
  /** step up only when the average frame is quicker than this (ms), for `upHoldMs` */
  recoverMs: number;
  /** frames in the moving average */
  window: number;
  /** after a change, time before frames are judged again (ms) */
  holdMs: number;
  /** how long frames must stay quick before a step up (ms); doubles after each relapse */
  upHoldMs: number;
  /** the longest `upHoldMs` may grow to (ms) */
  maxUpHoldMs: number;
  /** a step down this soon after a step up counts as a relapse (ms) */
  relapseMs: number;
  /** longer gaps between frames are not frame times (ms) */
  maxGapMs: number;
}

/** 40 fps or better keeps the level; under it, less detail; back up after 5 s at about 55 fps or more. */
export const DEFAULT_MONITOR: MonitorOptions = {
  budgetMs: 25,
  recoverMs: 18,
  window: 30,
  holdMs: 1000,
  upHoldMs: 5000,
  maxUpHoldMs: 60_000,
  relapseMs: 10_000,
  maxGapMs: 500,
};

export class DetailMonitor {
  private readonly gaps: Float64Array;
  private count = 0;
  private next = 0;
  private sum = 0;
  private last: number | undefined;
  private changedAt: number | undefined;
  private quickSince: number | undefined;
  private steppedUpAt: number | undefined;
  private upHoldMs: number;
  private levelIndex: number;

  constructor(
    private readonly options: MonitorOptions = DEFAULT_MONITOR,
    initial: Detail = 'full',
  ) {
    this.gaps = new Float64Array(Math.max(1, options.window));
    this.upHoldMs = options.upHoldMs;
    this.levelIndex = DETAIL_LEVELS.indexOf(initial);
  }

  get level(): Detail {
    return DETAIL_LEVELS[this.levelIndex] as Detail;
  }

  /** The moving average frame time (ms), once the window is full; undefined before. */
  get averageMs(): number | undefined {
    return this.count < this.gaps.length ? undefined : this.sum / this.count;
  }

  /** Frames stop counting (paused, not playing, hidden); the next frame starts afresh. */
  pause(): void {
    this.last = undefined;
    this.clearWindow();
  }

  /** One browser frame at time `now` (ms). Returns the new level when it changed. */
  frame(now: number): Detail | undefined {
    const last = this.last;
    this.last = now;
    if (last === undefined) return undefined;
    const gap = now - last;
    if (gap <= 0 || gap > this.options.maxGapMs) {
      this.clearWindow();
      return undefined;
    }
    if (this.changedAt !== undefined && now - this.changedAt < this.options.holdMs) return undefined;
    this.push(gap);
    const average = this.averageMs;
    if (average === undefined) return undefined;
    if (average > this.options.budgetMs) {
      this.quickSince = undefined;
      return this.levelIndex < DETAIL_LEVELS.length - 1 ? this.change(now, +1) : undefined;
    }
    if (average < this.options.recoverMs && this.levelIndex > 0) {
      this.quickSince ??= now;
      if (now - this.quickSince >= this.upHoldMs) return this.change(now, -1);
    } else this.quickSince = undefined;
    return undefined;
  }

  private change(now: number, by: 1 | -1): Detail {
    if (by > 0 && this.steppedUpAt !== undefined && now - this.steppedUpAt < this.options.relapseMs) {
      this.upHoldMs = Math.min(this.options.maxUpHoldMs, this.upHoldMs * 2);
    }
    this.steppedUpAt = by < 0 ? now : undefined;
    this.levelIndex += by;
    this.changedAt = now;
    this.quickSince = undefined;
    this.clearWindow();
    return this.level;
  }

  private push(gap: number): void {
    if (this.count === this.gaps.length) this.sum -= this.gaps[this.next] as number;
    else this.count++;
    this.gaps[this.next] = gap;
    this.sum += gap;
    this.next = (this.next + 1) % this.gaps.length;
  }

  private clearWindow(): void {
    this.count = 0;
    this.next = 0;
    this.sum = 0;
    this.quickSince = undefined;
  }
}
