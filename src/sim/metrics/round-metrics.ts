/**
 * The figures of one round, read from a finished run. Pure. Times are in seconds,
 * waste in person-minutes, staff ledgers in staff-minutes.
 */
import { BUCKETS, type Bucket } from '../level/schema';
import type { RunState } from '../engine/engine';
import type { Entity } from '../engine/entity';

export interface StationMetrics {
  id: string;
  served: number;
  /** share of the staff's open time spent working (value + non-value); null when self-service */
  utilisation: number | null;
  valueWorkMinutes: number;
  nonValueWorkMinutes: number;
  idleMinutes: number;
  /** staff idle while units waited at other stations */
  unusedSkillsMinutes: number;
  meanQueue: number;
  maxQueue: number;
  meanWaitSeconds: number;
}

export interface RoundMetrics {
  arrived: number;
  completed: number;
  unfinished: number;
  /** simulated seconds from the start of the round to its end */
  duration: number;
  leadTime: { mean: number; p50: number; p90: number; max: number };
  throughputPerHour: number;
  wip: { mean: number; max: number };
  firstPassYield: number;
  processCycleEfficiency: number;
  metresPerEntity: number;
  /** person-minutes per bucket over completed units; `value` is value-adding time */
  waste: Record<Bucket, number>;
  totalWasteMinutes: number;
  valueMeasure: { value: number; target: number; met: boolean };
  stations: StationMetrics[];
}

export function roundMetrics(sim: RunState): RoundMetrics {
  const done = sim.entities.filter((e) => e.done && e.leadStarted);
  const leads = Float64Array.from(done, leadTimeOf).sort();
  const buckets = new Float64Array(BUCKETS.length);
  let metres = 0;
  let firstPass = 0;
  for (const e of done) {
    for (let b = 0; b < BUCKETS.length; b++) buckets[b] = (buckets[b] as number) + (e.ledger[b] as number);
    metres += e.metres;
    if (e.defects === 0) firstPass++;
  }
  const totalLead = leads.reduce((a, b) => a + b, 0);
  const waste = Object.fromEntries(BUCKETS.map((b, i) => [b, (buckets[i] as number) / 60])) as Record<Bucket, number>;
  const totalWasteMinutes = BUCKETS.reduce((sum, b) => (b === 'value' ? sum : sum + waste[b]), 0);
  const span = sim.now - sim.firstArrival;
  const vm = sim.model.valueMeasure;
  const valueShare = valueMeasureShare(sim, done);

  return {
    arrived: sim.entities.length,
    completed: done.length,
    unfinished: sim.entities.length - done.length,
    duration: sim.now,
    leadTime: {
      mean: mean(totalLead, leads.length),
      p50: quantile(leads, 0.5),
      p90: quantile(leads, 0.9),
      max: leads.length ? (leads[leads.length - 1] as number) : 0,
    },
    throughputPerHour: span > 0 ? (done.length / span) * 3600 : 0,
    wip: { mean: sim.now > 0 ? sim.wipArea / sim.now : 0, max: sim.wipMax },
    firstPassYield: mean(firstPass, done.length),
    processCycleEfficiency: totalLead > 0 ? (buckets[0] as number) / totalLead : 0,
    metresPerEntity: mean(metres, done.length),
    waste,
    totalWasteMinutes,
    valueMeasure: { value: valueShare, target: vm.target, met: valueShare >= vm.target },
    stations: sim.stations.map((st) => ({
      id: st.m.id,
      served: st.served,
      utilisation: st.m.staffed && st.openCapacity > 0 ? (st.valueWork + st.nonValueWork) / st.openCapacity : null,
      valueWorkMinutes: st.valueWork / 60,
      nonValueWorkMinutes: st.nonValueWork / 60,
      idleMinutes: st.idle / 60,
      unusedSkillsMinutes: st.unusedSkills / 60,
      meanQueue: sim.now > 0 ? st.queueArea / sim.now : 0,
      maxQueue: st.maxQueue,
      meanWaitSeconds: mean(st.totalWait, st.served),
    })),
  };
}

export function leadTimeOf(e: Entity): number {
  return e.leadEnd - e.leadStart;
}

/** Share of the measured type's units (arrived ones, finished or not) that got value. */
function valueMeasureShare(sim: RunState, done: Entity[]): number {
  const vm = sim.model.valueMeasure;
  const ofType = sim.entities.filter((e) => e.type.index === sim.model.valueEntity);
  if (ofType.length === 0) return 0;
  const doneSet = new Set(done);
  const good = ofType.filter((e) => {
    switch (vm.kind) {
      case 'stepTimeAtLeast':
        return e.measuredStep >= vm.seconds;
      case 'leadTimeAtMost':
        return doneSet.has(e) && leadTimeOf(e) <= vm.seconds;
      case 'visitsAtMost':
        return doneSet.has(e) && e.ctx.visits <= vm.visits;
    }
  });
  return good.length / ofType.length;
}

function mean(sum: number, n: number): number {
  return n > 0 ? sum / n : 0;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}
