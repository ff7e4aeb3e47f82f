import { describe, expect, it } from 'vitest';
import { DetailMonitor, isDetail, type MonitorOptions } from '../../src/render/detail-monitor';
import { DETAIL_PROFILES } from '../../src/render/detail-levels';
import { effectiveDpr } from '../../src/render/layout';

/** Small numbers so each test reads in frames: 4-frame average, 100 ms hold, 1 s before a step up. */
const OPTIONS: MonitorOptions = {
  budgetMs: 25,
  recoverMs: 18,
  window: 4,
  holdMs: 100,
  upHoldMs: 1000,
  maxUpHoldMs: 4000,
  relapseMs: 3000,
  maxGapMs: 500,
};

/** A fake clock: feeds frames `gapMs` apart and collects every change the monitor reports. */
class Clock {
  now = 0;
  readonly changes: { at: number; to: string }[] = [];
  constructor(readonly monitor: DetailMonitor) {
    monitor.frame(this.now);
  }
  frames(count: number, gapMs: number): this {
    for (let i = 0; i < count; i++) {
      this.now += gapMs;
      const changed = this.monitor.frame(this.now);
      if (changed) this.changes.push({ at: this.now, to: changed });
    }
    return this;
  }
}

describe('the detail monitor', () => {
  it('keeps full detail while frames come at 60 fps', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS)).frames(600, 16.7);
    expect(clock.changes).toEqual([]);
    expect(clock.monitor.level).toBe('full');
  });

  it('steps down one level once the average of a full window of frames is over budget', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS)).frames(3, 40);
    expect(clock.monitor.level).toBe('full');
    clock.frames(1, 40);
    expect(clock.changes).toEqual([{ at: 160, to: 'lean' }]);
  });

  it('is not moved by one long frame among quick ones (a moving average, not the worst frame)', () => {
    const clock = new Clock(new DetailMonitor({ ...OPTIONS, window: 10 })).frames(10, 16).frames(1, 60).frames(10, 16);
    expect(clock.changes).toEqual([]);
  });

  it('waits out the hold time after a change, then judges a fresh window at the new level', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS)).frames(4, 40);
    expect(clock.changes).toEqual([{ at: 160, to: 'lean' }]);
    // frames within 100 ms of the change do not count; the next four make a new window
    clock.frames(2, 40);
    expect(clock.monitor.averageMs).toBeUndefined();
    clock.frames(4, 40);
    expect(clock.changes).toEqual([
      { at: 160, to: 'lean' },
      { at: 400, to: 'low' },
    ]);
  });

  it('steps down to minimal at most and stays there however slow the frames are', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS)).frames(100, 80);
    expect(clock.changes.map((c) => c.to)).toEqual(['lean', 'low', 'minimal']);
    expect(clock.monitor.level).toBe('minimal');
  });

  it('changes nothing while the average sits between the two thresholds (hysteresis)', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS, 'low')).frames(1000, 21);
    expect(clock.changes).toEqual([]);
    expect(clock.monitor.level).toBe('low');
  });

  it('steps back up after frames have been quick for the whole up-hold, one level at a time', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS, 'low')).frames(80, 16);
    // window full at 64 ms, quick from then on: up at 1064 ms (first frame ≥ 1000 ms later)
    expect(clock.changes).toEqual([{ at: 1072, to: 'lean' }]);
    clock.frames(100, 16);
    expect(clock.changes.map((c) => c.to)).toEqual(['lean', 'full']);
  });

  it('waits twice as long before the next step up when a step up was undone soon after', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS, 'lean')).frames(80, 16);
    expect(clock.changes).toEqual([{ at: 1072, to: 'full' }]);
    // full detail is too slow on this machine: down again within the relapse time
    clock.frames(10, 16).frames(2, 40);
    expect(clock.changes[1]?.to).toBe('lean');
    const downAt = clock.changes[1]?.at as number;
    // quick again at lean: 1 s is no longer enough, 2 s is
    clock.frames(80, 16);
    expect(clock.changes).toHaveLength(2);
    clock.frames(70, 16);
    expect(clock.changes[2]?.to).toBe('full');
    expect((clock.changes[2]?.at as number) - downAt).toBeGreaterThanOrEqual(2000);
  });

  it('ignores gaps longer than a frame can be (a hidden tab) and starts its window afresh', () => {
    const clock = new Clock(new DetailMonitor(OPTIONS)).frames(3, 16).frames(1, 5000).frames(3, 16);
    expect(clock.changes).toEqual([]);
    expect(clock.monitor.averageMs).toBeUndefined();
  });

  it('forgets the frames before a pause: the first frame after it only restarts the count', () => {
    const monitor = new DetailMonitor(OPTIONS);
    const clock = new Clock(monitor).frames(3, 40);
    monitor.pause();
    clock.now += 300;
    expect(monitor.frame(clock.now)).toBeUndefined();
    clock.frames(3, 40);
    expect(clock.changes).toEqual([]);
    clock.frames(1, 40);
    expect(clock.changes.map((c) => c.to)).toEqual(['lean']);
  });
});

describe('the detail levels', () => {
  it('are the four names the URL and the data-detail hook use', () => {
    expect(['full', 'lean', 'low', 'minimal'].every(isDetail)).toBe(true);
    expect(isDetail('high')).toBe(false);
    expect(isDetail(undefined)).toBe(false);
  });

  it('draw fewer canvas pixels, less often, with plates refreshed less often, level by level', () => {
    // a 1000×700 CSS px floor on a 2× screen
    const pixels = (['full', 'lean', 'low', 'minimal'] as const).map((d) => effectiveDpr(1000, 700, 2, DETAIL_PROFILES[d].maxPixelRatio));
    expect(pixels).toEqual([2, 1, 0.75, 0.6]);
    expect([DETAIL_PROFILES.full.drawFps, DETAIL_PROFILES.lean.drawFps, DETAIL_PROFILES.low.drawFps, DETAIL_PROFILES.minimal.drawFps]).toEqual([0, 0, 30, 20]);
    expect(DETAIL_PROFILES.full.stationRefreshMs).toBe(0);
    expect(DETAIL_PROFILES.minimal.stationRefreshMs).toBeGreaterThan(DETAIL_PROFILES.lean.stationRefreshMs);
  });
});
