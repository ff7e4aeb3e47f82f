/**
 * Where units come from: a Poisson stream, waves released by the bell, or a fixed list.
 * Each source hands out its arrival times one by one; a Poisson source draws its gaps from
 * its own generator, so the arrivals never depend on what happens inside the process.
 */
import { createRng, nextUnit, type RngState } from '../core/rng';
import type { Model } from './model';
import { log } from '../core/libm';

export interface ArrivalSource {
  /** entity type index */
  type: number;
  /** ordinal of the first unit of this source among its type (keys the units' streams) */
  ordinalBase: number;
  emitted: number;
  rng: RngState | null;
  /** time of the next arrival after the one at `now`, or undefined when the source is dry */
  next(now: number): number | undefined;
}

export function arrivalPlan(model: Model, seed: number): { sources: ArrivalSource[]; total: number } {
  const sources: ArrivalSource[] = [];
  let total = 0;
  model.level.entities.forEach((entity, type) => {
    const a = entity.arrivals;
    let ordinal = 0;
    const fixed = (times: number[]): void => {
      const sorted = [...times].sort((x, y) => x - y);
      const source: ArrivalSource = {
        type,
        ordinalBase: ordinal,
        emitted: 0,
        rng: null,
        next: () => sorted[source.emitted],
      };
      sources.push(source);
      ordinal += sorted.length;
      total += sorted.length;
    };
    if (a.type === 'list') fixed(a.times);
    else if (a.type === 'waves') {
      for (const w of a.waves) {
        fixed(Array.from({ length: w.count }, (_, j) => w.at + (w.count > 1 ? (w.spread * j) / w.count : 0)));
      }
    } else {
      const meanGap = 3600 / a.ratePerHour;
      const source: ArrivalSource = {
        type,
        ordinalBase: 0,
        emitted: 0,
        rng: createRng(seed, 0x5eed0000 + type),
        next(now) {
          if (source.emitted >= a.count) return undefined;
          const from = now === -Infinity ? a.start : now;
          return from - meanGap * log(1 - nextUnit(source.rng as RngState));
        },
      };
      sources.push(source);
      total += a.count;
    }
  });
  return { sources, total };
}
