/**
 * One timed run of the M/M/c benchmark in a Node process of its own, as SimPy's runs are in
 * Python processes of their own (see bench.ts). Arguments: servers, λ and μ per second,
 * customers. Prints the sample as JSON.
 */
import { queueRunner } from './measure';

const WARM_UP_RUNS = 6;

const [servers, lambda, mu, customers] = process.argv.slice(2).map(Number);
if (![servers, lambda, mu, customers].every((x) => Number.isFinite(x))) {
  console.error('usage: queue-process <servers> <lambda per s> <mu per s> <customers>');
  process.exit(2);
}
const run = queueRunner(servers as number, lambda as number, mu as number, customers as number);
// A fresh process compiles the hot code on helper threads for a while, and process CPU time
// counts them: run until the JIT has settled, then time one run.
for (let i = 0; i < WARM_UP_RUNS; i++) run();
console.log(JSON.stringify(run()));
