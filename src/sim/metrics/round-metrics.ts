/**
 * The figures of one round, read from a finished run. Pure. Times are in seconds,
 * waste in person-minutes, staff ledgers in staff-minutes.
 */
import { BUCKETS, type Bucket } from '../level/schema';
import type { RunState } from '../engine/engine';
import { leadTimes } from './tally';

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
  const t = sim.tally;
  const leads = leadTimes(t).slice().sort();
  const completed = leads.length;
  let totalLead = 0;
  for (const l of leads) totalLead += l;
  const waste = Object.fromEntries(BUCKETS.map((b, i) => [b, (t.buckets[i] as number) / 60])) as Record<Bucket, number>;
  const totalWasteMinutes = BUCKETS.reduce((sum, b) => (b === 'value' ? sum : sum + waste[b]), 0);
  const span = sim.now - sim.firstArrival;
  const vm = sim.model.valueMeasure;
  const valueShare = t.valueUnits > 0 ? t.valueGood / t.valueUnits : 0;

  return {
    arrived: sim.arrived,
    completed,
    unfinished: sim.arrived - completed,
    duration: sim.now,
    leadTime: {
      mean: mean(totalLead, completed),
      p50: quantile(leads, 0.5),
      p90: quantile(leads, 0.9),
      max: completed ? (leads[completed - 1] as number) : 0,
    },
    throughputPerHour: span > 0 ? (completed / span) * 3600 : 0,
    wip: { mean: sim.now > 0 ? sim.wipArea / sim.now : 0, max: sim.wipMax },
    firstPassYield: mean(t.firstPass, completed),
    processCycleEfficiency: totalLead > 0 ? (t.buckets[0] as number) / totalLead : 0,
    metresPerEntity: mean(t.metres, completed),
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

function mean(sum: number, n: number): number {
  return n > 0 ? sum / n : 0;
}

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] as number;
}
