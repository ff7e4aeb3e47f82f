/** The core's invariants after a round: checked by the soak test on every round it plays. */
import { BUCKETS, roundMetrics, type Level, type RunState } from '../../src/sim';
import { leadTimeOf } from '../../src/sim/engine/entity';

export interface Broken {
  round: number;
  rule: string;
}

export function checkInvariants(run: RunState, level: Level, round: number): Broken[] {
  const broken: Broken[] = [];
  const fail = (rule: string): void => void broken.push({ round, rule });
  const expected = level.entities.reduce((n, e) => {
    const a = e.arrivals;
    return n + (a.type === 'poisson' ? a.count : a.type === 'list' ? a.times.length : a.waves.reduce((m, w) => m + w.count, 0));
  }, 0);
  // A Poisson stream may still be arriving when the round ends; no more can come than were due.
  if (run.arrived > expected || run.arrived === 0) fail(`${run.arrived} units arrived of ${expected}`);
  const finished = run.entities.filter((e) => e.done).length;
  if (finished + run.alive !== run.arrived) fail(`${finished} finished + ${run.alive} inside ≠ ${run.arrived} arrived: a unit was lost`);
  for (const e of run.entities) {
    if (e.ledger.length !== BUCKETS.length) fail(`unit ${e.index} has ${e.ledger.length} buckets`);
    if (e.ledger.some((s) => s < 0 || !Number.isFinite(s))) fail(`unit ${e.index} has a negative or endless bucket`);
    if (!e.done || !e.leadStarted) continue;
    const sum = e.ledger.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - leadTimeOf(e)) > 1e-6) fail(`unit ${e.index}: buckets sum to ${sum}, lead time is ${leadTimeOf(e)}`);
  }
  for (const st of run.stations) {
    const waiting = st.queue.length - st.head;
    if (waiting < 0 || st.busy < 0 || st.busy > st.m.servers) fail(`station ${st.m.index}: ${waiting} waiting, ${st.busy} busy`);
    if (st.maxQueue < 0 || st.queueArea < 0) fail(`station ${st.m.index} had a negative queue`);
  }
  const m = roundMetrics(run);
  if (m.wip.mean < 0 || m.wip.max < 0) fail('negative WIP');
  return broken;
}
