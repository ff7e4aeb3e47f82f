import { describe, expect, it } from 'vitest';
import { EventQueue, type PoppedEvent } from '../../../src/sim/core/event-queue';

/** A small seeded generator for the test itself (mulberry32), so nothing depends on Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ev {
  time: number;
  priority: number;
  seq: number;
}

const byTimePriorityInsertion = (x: Ev, y: Ev): number => x.time - y.time || x.priority - y.priority || x.seq - y.seq;

function popAll(q: EventQueue): PoppedEvent[] {
  const out: PoppedEvent[] = [];
  for (;;) {
    const e: PoppedEvent = { time: 0, kind: 0, target: 0, data: 0 };
    if (!q.pop(e)) return out;
    out.push(e);
  }
}

describe('an empty event queue', () => {
  it('pops nothing and reports an infinite next time', () => {
    const q = new EventQueue();
    const out: PoppedEvent = { time: -1, kind: -1, target: -1, data: -1 };
    expect(q.pop(out)).toBe(false);
    expect(out).toEqual({ time: -1, kind: -1, target: -1, data: -1 });
    expect(q.peekTime()).toBe(Infinity);
    expect(q.size).toBe(0);
  });
});

describe('events pushed in any order', () => {
  it('come out ordered by time', () => {
    const q = new EventQueue();
    for (const [i, t] of [5, 1, 4, 2, 3].entries()) q.push(t, 0, 0, i);
    expect(popAll(q).map((e) => e.time)).toEqual([1, 2, 3, 4, 5]);
  });

  it('at the same time come out by priority, lower numbers first', () => {
    const q = new EventQueue();
    q.push(10, 3, 0, 0);
    q.push(10, 0, 0, 1);
    q.push(10, 2, 0, 2);
    q.push(10, 1, 0, 3);
    expect(popAll(q).map((e) => e.target)).toEqual([1, 3, 2, 0]);
  });

  it('at the same time and priority come out in insertion order', () => {
    const q = new EventQueue();
    for (let i = 0; i < 20; i++) q.push(7, 2, 0, i);
    expect(popAll(q).map((e) => e.target)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('carry their kind, target and data with them', () => {
    const q = new EventQueue();
    q.push(2, 0, 3, 40, 500);
    q.push(1, 0, 9, 17, -6);
    q.push(3, 0, 1, 2);
    expect(popAll(q)).toEqual([
      { time: 1, kind: 9, target: 17, data: -6 },
      { time: 2, kind: 3, target: 40, data: 500 },
      { time: 3, kind: 1, target: 2, data: 0 },
    ]);
  });

  it('let peekTime see the earliest time without removing it', () => {
    const q = new EventQueue();
    q.push(8, 0, 0, 0);
    q.push(2.5, 1, 0, 1);
    expect(q.peekTime()).toBe(2.5);
    expect(q.size).toBe(2);
  });
});

describe('10,000 pushes and pops interleaved at random', () => {
  it('give exactly the order of a reference sort by (time, priority, insertion)', () => {
    const rand = mulberry32(20240611);
    const q = new EventQueue();
    const pending: Ev[] = [];
    let seq = 0;
    let pops = 0;
    for (let k = 0; k < 10_000; k++) {
      if (pending.length > 0 && rand() < 0.45) {
        pending.sort(byTimePriorityInsertion);
        const want = pending.shift() as Ev;
        const got: PoppedEvent = { time: 0, kind: 0, target: 0, data: 0 };
        expect(q.pop(got)).toBe(true);
        // The target carries the insertion number, so ties are checked too.
        expect([got.time, got.target]).toEqual([want.time, want.seq]);
        pops++;
      } else {
        // Few distinct times and priorities, so ties are common.
        const ev = { time: Math.floor(rand() * 50), priority: Math.floor(rand() * 4), seq: seq++ };
        pending.push(ev);
        q.push(ev.time, ev.priority, ev.priority, ev.seq, ev.seq * 3);
      }
      expect(q.size).toBe(pending.length);
    }
    pending.sort(byTimePriorityInsertion);
    const rest = popAll(q);
    expect(rest.map((e) => [e.time, e.kind, e.target, e.data])).toEqual(
      pending.map((e) => [e.time, e.priority, e.seq, e.seq * 3]),
    );
    expect(pops).toBeGreaterThan(3000);
  });
});

describe('a queue grown well past its initial capacity', () => {
  it('keeps every event and the order, ties included', () => {
    const rand = mulberry32(7);
    const q = new EventQueue();
    const all: Ev[] = [];
    for (let i = 0; i < 5000; i++) {
      const ev = { time: Math.floor(rand() * 100), priority: Math.floor(rand() * 3), seq: i };
      all.push(ev);
      q.push(ev.time, ev.priority, 0, i, i);
    }
    expect(q.size).toBe(5000);
    all.sort(byTimePriorityInsertion);
    expect(popAll(q).map((e) => e.target)).toEqual(all.map((e) => e.seq));
    expect(q.size).toBe(0);
  });

  it('keeps insertion order among ties pushed after it has grown and shrunk', () => {
    const q = new EventQueue();
    for (let i = 0; i < 3000; i++) q.push(i, 0, 0, i);
    const out: PoppedEvent = { time: 0, kind: 0, target: 0, data: 0 };
    for (let i = 0; i < 2990; i++) q.pop(out);
    for (let i = 0; i < 1500; i++) q.push(5000, 1, 0, 10_000 + i);
    const rest = popAll(q).map((e) => e.target);
    expect(rest.slice(0, 10)).toEqual([2990, 2991, 2992, 2993, 2994, 2995, 2996, 2997, 2998, 2999]);
    expect(rest.slice(10)).toEqual(Array.from({ length: 1500 }, (_, i) => 10_000 + i));
  });
});
