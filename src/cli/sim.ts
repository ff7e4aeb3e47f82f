/**
 * Headless runner: `npm run sim -- <level.json> [--seed N] [--rounds K] [--plan plan.json] [--json]`.
 * Prints each round's metrics as a table, or as JSON. Exit code 2 on a bad level, plan or
 * argument, with every problem listed.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseLevel, planFile, runRounds, type Plan, type RoundReport } from '../sim';
import { formatRounds } from './format-table';

const USAGE = 'usage: npm run sim -- <level.json> [--seed N] [--rounds K] [--plan plan.json] [--json]';

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(2);
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail([`cannot read the ${what} "${path}": ${(error as Error).message}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail([`the ${what} "${path}" is not valid JSON: ${(error as Error).message}`]);
  }
}

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
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) fail([`--seed must be a whole number ≥ 0, not "${values.seed}"`]);

  const loaded = parseLevel(readJson(levelPath, 'level'));
  if (!loaded.ok) fail([`${levelPath}: the level is not valid:`, ...loaded.issues.map((i) => `  ${i.path}: ${i.message}`)]);

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

  const result = runRounds(loaded.level, { seed, rounds, plan });
  if (!result.ok) fail([`${values.plan}: round ${result.round}, command ${result.index + 1} was refused: ${result.reason}`]);

  if (values.json) {
    const out = { level: loaded.level.id, seed, rounds: result.rounds satisfies RoundReport[] };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(formatRounds(loaded.level, seed, result.rounds));
  }
}

main();
