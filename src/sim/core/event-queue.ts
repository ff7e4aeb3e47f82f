/**
 * The future-event list: a binary min-heap ordered by (time, priority, sequence number).
 * The sequence number makes ties resolve in insertion order, identically on every run.
 * Events are stored in parallel typed arrays so a run of millions of events allocates
 * nothing per event.
 */
export class EventQueue {
  private time = new Float64Array(1024);
  private prio = new Int32Array(1024);
  private seq = new Float64Array(1024);
  private kind = new Int32Array(1024);
  private target = new Int32Array(1024);
  private data = new Int32Array(1024);
  private nextSeq = 0;
  size = 0;

  /** Schedule an event; lower priority numbers run first among events at the same time. */
  push(time: number, priority: number, kind: number, target: number, data = 0): void {
    if (this.size === this.time.length) this.grow();
    let i = this.size++;
    const s = this.nextSeq++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!earlier(time, priority, s, this.time[p] as number, this.prio[p] as number, this.seq[p] as number)) break;
      this.copy(p, i);
      i = p;
    }
    this.set(i, time, priority, s, kind, target, data);
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : (this.time[0] as number);
  }

  /** Removes the earliest event and writes it into `out`. Returns false when empty. */
  pop(out: PoppedEvent): boolean {
    if (this.size === 0) return false;
    out.time = this.time[0] as number;
    out.kind = this.kind[0] as number;
    out.target = this.target[0] as number;
    out.data = this.data[0] as number;
    const last = --this.size;
    if (last > 0) this.siftDown(last);
    return true;
  }

  /** Move the element at `from` (the old last) down from the root to its place. */
  private siftDown(from: number): void {
    const time = this.time;
    const prio = this.prio;
    const seq = this.seq;
    const t = time[from] as number;
    const pr = prio[from] as number;
    const s = seq[from] as number;
    const k = this.kind[from] as number;
    const g = this.target[from] as number;
    const d = this.data[from] as number;
    const n = this.size;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c =
        r < n && earlier(time[r] as number, prio[r] as number, seq[r] as number, time[l] as number, prio[l] as number, seq[l] as number)
          ? r
          : l;
      if (!earlier(time[c] as number, prio[c] as number, seq[c] as number, t, pr, s)) break;
      this.copy(c, i);
      i = c;
    }
    this.set(i, t, pr, s, k, g, d);
  }

  private copy(from: number, to: number): void {
    this.time[to] = this.time[from] as number;
    this.prio[to] = this.prio[from] as number;
    this.seq[to] = this.seq[from] as number;
    this.kind[to] = this.kind[from] as number;
    this.target[to] = this.target[from] as number;
    this.data[to] = this.data[from] as number;
  }

  private set(i: number, t: number, p: number, s: number, k: number, g: number, d: number): void {
    this.time[i] = t;
    this.prio[i] = p;
    this.seq[i] = s;
    this.kind[i] = k;
    this.target[i] = g;
    this.data[i] = d;
  }

  private grow(): void {
    const n = this.time.length * 2;
    const grow64 = (a: Float64Array) => {
      const b = new Float64Array(n);
      b.set(a);
      return b;
    };
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.time = grow64(this.time);
    this.seq = grow64(this.seq);
    this.prio = grow32(this.prio);
    this.kind = grow32(this.kind);
    this.target = grow32(this.target);
    this.data = grow32(this.data);
  }
}

/** Does event (t1, p1, s1) come before (t2, p2, s2)? */
function earlier(t1: number, p1: number, s1: number, t2: number, p2: number, s2: number): boolean {
  if (t1 !== t2) return t1 < t2;
  if (p1 !== p2) return p1 < p2;
  return s1 < s2;
}

export interface PoppedEvent {
  time: number;
  kind: number;
  target: number;
  data: number;
}
