/**
 * Headless runner: `npm run sim -- <level.json> [--seed N] [--rounds K] [--plan plan.json] [--json]`.
 * Prints each round's metrics as a table, or as JSON. Exit code 2 on a bad level, plan or
 * argument, with every problem listed.
 */
import { parseArgs } from 'node:util';
import { planFile, runRounds, type Plan, type RoundReport } from '../sim';
import { fail, loadLevelFile, readJson, seedArg } from './args';
import { formatRounds } from './format-table';

const USAGE = 'usage: npm run sim -- <level.json> [--seed N] [--rounds K] [--plan plan.json] [--json]';

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        seed: { type: 'string', default: '1' },
        rounds: { type: 'string' },
        plan: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail([(error as Error).message, USAGE]);
  }
  const { values, positionals } = parsed;
  const levelPath = positionals[0];
  if (!levelPath || positionals.length > 1) fail([USAGE]);
  const seed = seedArg(values.seed);
  const level = loadLevelFile(levelPath);

  let plan: Plan | undefined;
  if (values.plan) {
    const p = planFile.safeParse(readJson(values.plan, 'plan'));
    if (!p.success) {
      fail([`${values.plan}: the plan is not valid:`, ...p.error.issues.map((i) => `  $.${i.path.join('.')}: ${i.message}`)]);
    }
    plan = p.data;
  }
  const rounds = values.rounds === undefined ? Math.max(1, plan?.rounds.length ?? 1) : Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) fail([`--rounds must be a whole number ≥ 1, not "${values.rounds}"`]);

  const result = runRounds(level, { seed, rounds, plan });
  if (!result.ok) fail([`${values.plan}: round ${result.round}, command ${result.index + 1} was refused: ${result.reason}`]);

  if (values.json) {
    const out = { level: level.id, seed, rounds: result.rounds satisfies RoundReport[] };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(formatRounds(level, seed, result.rounds));
  }
}

main();
