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
  /** entity indices waiting, FIFO from `head` */
  queue: number[];
  head: number;
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
    queue: [],
    head: 0,
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
  return s.queue.length - s.head;
}

export function enqueue(s: StationRuntime, entity: number): void {
  s.queue.push(entity);
  const len = queueLength(s);
  if (len > s.maxQueue) s.maxQueue = len;
}

/** Next entity to serve, or -1 when none may start now. Reserves a server for it. */
export function takeNext(s: StationRuntime): number {
  if (!s.open || s.busy >= s.m.servers || s.head >= s.queue.length) return -1;
  if (s.m.batch && s.released === 0) return -1;
  if (s.m.batch) s.released--;
  const entity = s.queue[s.head++] as number;
  // Drop the consumed prefix now and then so a long run keeps a small array.
  if (s.head > 1024 && s.head * 2 > s.queue.length) {
    s.queue = s.queue.slice(s.head);
    s.head = 0;
  }
  s.busy++;
  s.served++;
  return entity;
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
