/**
 * Running totals of finished units, added to as each unit leaves, so the round's figures
 * never need the units themselves (which lets long runs recycle them).
 */
import { BUCKETS } from '../level/schema';
import { leadTimeOf, type Entity } from '../engine/entity';
import type { Model } from '../engine/model';

export interface Tally {
  /** lead times of finished units, in finishing order: the first `count` slots of `leads` */
  leads: Float64Array;
  count: number;
  /** seconds per bucket over finished units */
  buckets: number[];
  metres: number;
  firstPass: number;
  /** units of the value measure's type seen, and those that got the value */
  valueUnits: number;
  valueGood: number;
}

/** `expected`: how many units may finish (the arrivals planned), so the lead times never need to grow. */
export function createTally(expected = 256): Tally {
  return { leads: new Float64Array(Math.max(16, expected)), count: 0, buckets: BUCKETS.map(() => 0), metres: 0, firstPass: 0, valueUnits: 0, valueGood: 0 };
}

/** Lead times of the finished units, in finishing order. */
export function leadTimes(t: Tally): Float64Array {
  return t.leads.subarray(0, t.count);
}

/** Count a unit that has finished its lead time and left. */
export function tallyFinished(t: Tally, e: Entity, model: Model): void {
  if (t.count === t.leads.length) {
    const grown = new Float64Array(t.leads.length * 2);
    grown.set(t.leads);
    t.leads = grown;
  }
  const lead = leadTimeOf(e);
  t.leads[t.count++] = lead;
  const ledger = e.ledger;
  const sums = t.buckets;
  // Only the buckets the unit booked time into: adding the others' zeros changes no sum.
  for (let left = e.booked; left !== 0; left &= left - 1) {
    const b = 31 - Math.clz32(left & -left);
    sums[b] = (sums[b] as number) + (ledger[b] as number);
  }
  t.metres += e.metres;
  if (e.defects === 0) t.firstPass++;
  if (e.type.index === model.valueEntity) tallyValue(t, e, model, lead);
}

/** Count a unit still inside when the round stopped (it counts against the value measure). */
export function tallyUnfinished(t: Tally, e: Entity, model: Model): void {
  if (e.type.index === model.valueEntity) tallyValue(t, e, model, NaN);
}

/** `lead`: the unit's lead time if it finished, NaN if not. */
function tallyValue(t: Tally, e: Entity, model: Model, lead: number): void {
  t.valueUnits++;
  const vm = model.valueMeasure;
  const finished = !Number.isNaN(lead);
  let good: boolean;
  if (vm.kind === 'stepTimeAtLeast') good = e.measuredStep >= vm.seconds;
  else if (vm.kind === 'leadTimeAtMost') good = finished && lead <= vm.seconds;
  else good = finished && e.ctx.visits <= vm.visits;
  if (good) t.valueGood++;
}
