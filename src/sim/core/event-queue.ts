/**
 * The future-event list: a binary min-heap ordered by (time, priority, sequence number).
 * The sequence number makes ties resolve in insertion order, identically on every run.
 *
 * Events are stored in typed arrays so a run of millions of events allocates nothing per
 * event. The heap itself holds only what ordering needs — the time, one number for
 * (priority, sequence) and the slot of the event's payload — so a sift moves three numbers,
 * not six, and compares two, not three. Since (time, priority, sequence) is a total order,
 * the pop order does not depend on how the heap is laid out.
 */

/** Priorities are small whole numbers; the order key is priority × 2^44 + sequence number. */
const MAX_PRIORITY = 512;
const PRIORITY_SCALE = 2 ** 44;

export class EventQueue {
  // The heap, by position.
  private time = new Float64Array(1024);
  private key = new Float64Array(1024);
  private slot = new Int32Array(1024);
  // The payloads, by slot; free slots form a stack.
  private kind = new Int32Array(1024);
  private target = new Int32Array(1024);
  private data = new Int32Array(1024);
  private freeSlots = Int32Array.from({ length: 1024 }, (_, i) => i);
  private nextSeq = 0;
  size = 0;

  /** Schedule an event; lower priority numbers run first among events at the same time. */
  push(time: number, priority: number, kind: number, target: number, data = 0): void {
    // One mask test rejects negative, fractional and too-large priorities.
    if ((priority & (MAX_PRIORITY - 1)) !== priority) {
      throw new Error(`event priority must be a whole number from 0 to ${MAX_PRIORITY - 1}, not ${priority}`);
    }
    if (this.size === this.time.length) this.grow();
    // The slots in use are exactly the heap's size, so the free stack's top is at `size`.
    const s = this.freeSlots[this.size] as number;
    this.kind[s] = kind;
    this.target[s] = target;
    this.data[s] = data;
    const k = priority * PRIORITY_SCALE + this.nextSeq++;
    const times = this.time;
    const keys = this.key;
    const slots = this.slot;
    let i = this.size++;
    // Sift up: move parents down until the new event's place is found.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const tp = times[p] as number;
      if (tp < time || (tp === time && (keys[p] as number) < k)) break;
      times[i] = tp;
      keys[i] = keys[p] as number;
      slots[i] = slots[p] as number;
      i = p;
    }
    times[i] = time;
    keys[i] = k;
    slots[i] = s;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : (this.time[0] as number);
  }

  /** Removes the earliest event and writes it into `out`. Returns false when empty. */
  pop(out: PoppedEvent): boolean {
    if (this.size === 0) return false;
    const s = this.slot[0] as number;
    out.time = this.time[0] as number;
    out.kind = this.kind[s] as number;
    out.target = this.target[s] as number;
    out.data = this.data[s] as number;
    const last = --this.size;
    this.freeSlots[last] = s;
    if (last > 0) this.siftDown(last);
    return true;
  }

  /** Move the element at `from` (the old last) down from the root to its place. */
  private siftDown(from: number): void {
    const times = this.time;
    const keys = this.key;
    const slots = this.slot;
    const t = times[from] as number;
    const k = keys[from] as number;
    const s = slots[from] as number;
    const n = this.size;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      let tc = times[c] as number;
      const r = c + 1;
      if (r < n) {
        const tr = times[r] as number;
        if (tr < tc || (tr === tc && (keys[r] as number) < (keys[c] as number))) {
          c = r;
          tc = tr;
        }
      }
      if (t < tc || (t === tc && k < (keys[c] as number))) break;
      times[i] = tc;
      keys[i] = keys[c] as number;
      slots[i] = slots[c] as number;
      i = c;
    }
    times[i] = t;
    keys[i] = k;
    slots[i] = s;
  }

  private grow(): void {
    const old = this.time.length;
    const n = old * 2;
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
    this.key = grow64(this.key);
    this.slot = grow32(this.slot);
    this.kind = grow32(this.kind);
    this.target = grow32(this.target);
    this.data = grow32(this.data);
    this.freeSlots = grow32(this.freeSlots);
    // The heap is full when it grows: every old slot is in use, the new ones are free.
    for (let j = old; j < n; j++) this.freeSlots[j] = j;
  }
}

export interface PoppedEvent {
  time: number;
  kind: number;
  target: number;
  data: number;
}
