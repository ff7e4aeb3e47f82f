import { describe, expect, it } from 'vitest';
import { ACTIVITY, BUCKETS, buildTimeline, floorAt, observe, simulateRound } from '../../../src/sim';
import { allLevelPaths, loadLevel } from '../helpers';

// The M/M/n fixtures run hundreds of thousands of customers: too many to trace here.
const traced = allLevelPaths().filter((p) => !/\/mm\d\.json$/.test(p));

describe.each(traced)('practice on %s (seed 7, ten moments)', (path) => {
  const tl = buildTimeline(simulateRound(loadLevel(path), 7, true).run);
  const moments = Array.from({ length: 10 }, (_, i) => ((i + 0.5) / 10) * tl.duration);

  it('names for every unit on the floor the very bucket its ledger books then (or its step class outside the lead time)', () => {
    let checked = 0;
    for (const t of moments) {
      for (const u of tl.units) {
        const o = observe(tl, t, { kind: 'unit', unit: u.unit });
        let k = u.segments.length - 1;
        while (k >= 0 && (u.segments[k]?.t ?? 0) > t) k--;
        const seg = u.segments[k];
        const there = seg !== undefined && seg.activity !== ACTIVITY.GONE && seg.activity !== ACTIVITY.AWAY;
        if (!there || !o) {
          // Nothing to judge only off the floor, or outside the lead time when not at work.
          expect(!there || (seg.bucket < 0 && seg.activity !== ACTIVITY.WORK)).toBe(true);
          continue;
        }
        const stepClass = BUCKETS.indexOf(tl.model.level.entities[u.type]?.route[seg.step]?.class ?? 'value');
        expect(o.bucket).toBe(seg.bucket >= 0 ? seg.bucket : stepClass);
        expect(o.since).toBe(seg.t);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('asks about every station tile something the floor shows at that moment, or nothing when it stands empty', () => {
    for (const t of moments) {
      const things = floorAt(tl, t);
      for (const st of tl.model.level.stations) {
        const o = observe(tl, t, { kind: 'tile', x: st.x, y: st.y });
        if (!o) continue;
        const key = o.subject.kind === 'unit' ? `u${o.subject.unit}` : o.subject.kind === 'station' ? `s${o.subject.station}` : '';
        expect(things.get(key)).toBe(o.bucket);
      }
    }
  });
});
