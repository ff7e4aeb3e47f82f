/** The measurements of `npm run bench`, bundled before they run (see bench.ts). */
import { performance } from 'node:perf_hooks';
import canteenJson from '../../levels/canteen.json';
import { compileModel, parseLevel, runEngine, simulateRound } from '../../src/sim';
import { mmcLevel } from './mmc-level';
export { stepperRates } from './stepper-bench';
export { planComparison } from './compare-bench';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeIt(fn: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface QueueSample {
  wallMs: number;
  /** CPU time of this process over the run (all its threads: the collector's helpers count too) */
  cpuMs: number;
  events: number;
}

/**
 * One queue, c servers, recycling finished units as a long run would: returns a function
 * that times one run, so the caller can interleave our runs with the peer's on a busy machine.
 */
export function queueRunner(servers: number, lambda: number, mu: number, customers: number): () => QueueSample {
  const model = compileModel(mmcLevel(servers, lambda * 3600, 1 / mu, customers));
  for (let i = 0; i < 3; i++) runEngine(model, { seed: i, keepUnits: false }); // let the JIT settle
  return () => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const events = runEngine(model, { seed: 7, keepUnits: false }).events;
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, events };
  };
}

/** One whole canteen round, the way the game runs it (units kept for drawing, metrics computed). */
export function canteenRound() {
  const loaded = parseLevel(canteenJson);
  if (!loaded.ok) throw new Error('levels/canteen.json does not load');
  for (let i = 0; i < 30; i++) simulateRound(loaded.level, i);
  const ms = timeIt(() => simulateRound(loaded.level, 3), 101);
  return { ms, units: simulateRound(loaded.level, 3).metrics.arrived };
}
