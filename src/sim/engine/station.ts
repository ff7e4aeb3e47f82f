/**
 * A station at run time: its servers, its FIFO queue, whether it is open, what a batch
 * release has made available, and the staff ledger (value work, non-value work, idle, and
 * idle-while-others-are-overloaded = unused skills), integrated over time.
 */
import type { ModelStation } from './model';

export interface StationRuntime {
  m: ModelStation;
  busy: number;
  busyValue: number;
  busyNonValue: number;
  /**
   * Entity indices waiting, FIFO: a ring of `waiting` entries from `head`. Its length is a
   * power of two, so wrapping is a mask; a ring never copies or reallocates as units come
   * and go, which an array consumed from its head would.
   */
  queue: Int32Array;
  head: number;
  waiting: number;
  open: boolean;
  /** opening windows in force now; open while above zero */
  openWindows: number;
  /** for batch stations: how many at the head of the queue have been released */
  released: number;
  maxQueue: number;
  // staff ledger, in staff-seconds
  openCapacity: number;
  valueWork: number;
  nonValueWork: number;
  idle: number;
  unusedSkills: number;
  // time-integral of the queue length, for mean queue length
  queueArea: number;
  served: number;
  totalWait: number;
}

export function createStationRuntime(m: ModelStation, openWindows: number): StationRuntime {
  return {
    m,
    busy: 0,
    busyValue: 0,
    busyNonValue: 0,
    queue: new Int32Array(16),
    head: 0,
    waiting: 0,
    open: openWindows > 0,
    openWindows,
    released: 0,
    maxQueue: 0,
    openCapacity: 0,
    valueWork: 0,
    nonValueWork: 0,
    idle: 0,
    unusedSkills: 0,
    queueArea: 0,
    served: 0,
    totalWait: 0,
  };
}

export function queueLength(s: StationRuntime): number {
  return s.waiting;
}

export function enqueue(s: StationRuntime, entity: number): void {
  if (s.waiting === s.queue.length) growQueue(s);
  s.queue[(s.head + s.waiting) & (s.queue.length - 1)] = entity;
  const len = ++s.waiting;
  if (len > s.maxQueue) s.maxQueue = len;
}

/** Next entity to serve, or -1 when none may start now. Reserves a server for it. */
export function takeNext(s: StationRuntime): number {
  if (!s.open || s.busy >= s.m.servers || s.waiting === 0) return -1;
  if (s.m.batch && s.released === 0) return -1;
  if (s.m.batch) s.released--;
  const entity = s.queue[s.head] as number;
  s.head = (s.head + 1) & (s.queue.length - 1);
  s.waiting--;
  s.busy++;
  s.served++;
  return entity;
}

/** Twice the room, the waiting units moved to its start in order. */
function growQueue(s: StationRuntime): void {
  const old = s.queue;
  const grown = new Int32Array(old.length * 2);
  for (let k = 0; k < s.waiting; k++) grown[k] = old[(s.head + k) & (old.length - 1)] as number;
  s.queue = grown;
  s.head = 0;
}

/** Release everything now waiting to the servers (the director signs the folder). */
export function releaseBatch(s: StationRuntime): void {
  s.released = queueLength(s);
}

/** Add `dt` seconds of the current state to the staff ledger and the queue integral. */
export function integrate(s: StationRuntime, dt: number, othersWaiting: boolean): void {
  s.queueArea += queueLength(s) * dt;
  if (!s.m.staffed) return;
  // Work started before closing time is finished after it, and still counts as work.
  s.valueWork += s.busyValue * dt;
  s.nonValueWork += s.busyNonValue * dt;
  if (!s.open) {
    // Staff finishing a service after closing are available for exactly that work.
    s.openCapacity += s.busy * dt;
    return;
  }
  const idle = Math.max(0, s.m.servers - s.busy);
  s.openCapacity += s.m.servers * dt;
  s.idle += idle * dt;
  if (othersWaiting) s.unusedSkills += idle * dt;
}
