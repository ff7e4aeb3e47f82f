/** Kinds of events on the future-event list and the immediate list. */
export const EV = {
  SOURCE: 0,
  ARRIVED: 1,
  FOUND: 2,
  DONE: 3,
  RETURN: 4,
  OPEN: 5,
  CLOSE: 6,
  BATCH: 7,
  SERVE: 8,
  ARRIVE: 9,
} as const;

/** Among events at the same instant: station clocks first, then units, then new arrivals. */
export const PRIORITY: Readonly<Record<number, number>> = {
  [EV.CLOSE]: 0,
  [EV.OPEN]: 0,
  [EV.BATCH]: 1,
  [EV.ARRIVED]: 2,
  [EV.FOUND]: 2,
  [EV.DONE]: 2,
  [EV.RETURN]: 2,
  [EV.SOURCE]: 3,
};
