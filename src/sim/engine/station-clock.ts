/**
 * Station opening hours and batch releases as events on the future-event list.
 * Hours and batch times are given as offsets within a repeating period (a day), measured on
 * the clock of the day: round time 0 is `clockStart` seconds after the period began.
 */
import type { ModelStation } from './model';

import { EV } from './events';

const { OPEN, CLOSE, BATCH } = EV;

/** How many opening windows contain this time of the clock (a station without hours: 1, always open). */
export function openWindowsAt(hours: ModelStation['hours'], clock: number): number {
  if (!hours) return 1;
  const t = ((clock % hours.period) + hours.period) % hours.period;
  return hours.open.filter(([from, to]) => t >= from && t < to).length;
}

/** Calls `schedule(roundTime, kind)` for every opening, closing and batch release up to `maxTime`. */
export function scheduleStationClock(
  station: ModelStation,
  clockStart: number,
  maxTime: number,
  schedule: (t: number, kind: number) => void,
): void {
  const { hours, batch } = station;
  if (hours) {
    const firstPeriod = Math.floor(clockStart / hours.period) * hours.period;
    for (let p = firstPeriod; p - clockStart <= maxTime; p += hours.period) {
      for (const [from, to] of hours.open) {
        const open = p + from - clockStart;
        const close = p + to - clockStart;
        if (open > 0 && open <= maxTime) schedule(open, OPEN);
        if (close > 0 && close <= maxTime) schedule(close, CLOSE);
      }
    }
  }
  if (batch) {
    const firstPeriod = Math.floor(clockStart / batch.period) * batch.period;
    for (let p = firstPeriod; p - clockStart <= maxTime; p += batch.period) {
      const t = p + batch.at - clockStart;
      if (t >= 0 && t <= maxTime) schedule(t, BATCH);
    }
  }
}
