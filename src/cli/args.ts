/** What the command-line tools share: failing with exit code 2, reading JSON, loading a level, a seed. */
import { readFileSync } from 'node:fs';
import { parseLevel, type Level } from '../sim';

/** Print every line to stderr and exit with code 2 (bad input, as the README promises). */
export function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(2);
}

export function readJson(path: string, what: string): unknown {
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

/** The level file, validated; every problem listed with its JSON path on failure. */
export function loadLevelFile(path: string): Level {
  const loaded = parseLevel(readJson(path, 'level'));
  if (!loaded.ok) fail([`${path}: the level is not valid:`, ...loaded.issues.map((i) => `  ${i.path}: ${i.message}`)]);
  return loaded.level;
}

export function seedArg(raw: string | undefined): number {
  const seed = Number(raw);
  if (!Number.isInteger(seed) || seed < 0) fail([`--seed must be a whole number ≥ 0, not "${raw}"`]);
  return seed;
}
