/** `npm run bench`: how long "Is it real or luck?" takes on the canteen, as the page runs it. */
import { performance } from 'node:perf_hooks';
import canteenJson from '../../levels/canteen.json';
import { comparePlans, comparisonSeeds, DEFAULT_SEED_COUNT, parseLevel, planLevel } from '../../src/sim';

/** The current state against a one-card plan, both over the default 30 seeds: median of 5 runs. */
export function planComparison() {
  const loaded = parseLevel(canteenJson);
  if (!loaded.ok) throw new Error('levels/canteen.json does not load');
  const plan = planLevel(loaded.level, [{ type: 'applyCard', card: 'one-way-exit' }]);
  if (!plan.ok) throw new Error(`the benchmark's plan was refused: ${plan.reason}`);
  const seeds = comparisonSeeds(1, DEFAULT_SEED_COUNT);
  comparePlans(loaded.level, plan.state.level, seeds); // let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    comparePlans(loaded.level, plan.state.level, seeds);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return { ms: times[2] as number, plans: 2, seeds: seeds.length };
}
