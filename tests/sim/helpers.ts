/** Shared helpers for the simulation tests: loading level files the way the game does. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseLevel, type Level } from '../../src/sim';

const root = new URL('../../', import.meta.url);

export function loadLevel(relativePath: string): Level {
  const r = parseLevel(JSON.parse(readFileSync(new URL(relativePath, root), 'utf8')));
  if (!r.ok) throw new Error(`${relativePath}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.level;
}

/** Every level the project ships or tests with: levels/*.json and tests/fixtures/levels/*.json. */
export function allLevelPaths(): string[] {
  const list = (dir: string) =>
    readdirSync(new URL(dir, root))
      .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
      .map((f) => `${dir}${f}`);
  return [...list('levels/'), ...list('tests/fixtures/levels/')];
}

/** Erlang C: mean wait in queue of an M/M/c queue (the same formula as ../shared/peers/erlang_c.py). */
export function erlangCMeanWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  const rho = a / c;
  let sum = 0;
  let term = 1;
  for (let k = 0; k < c; k++) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  const top = ((term * a) / c) / (1 - rho);
  const probWait = top / (sum + top);
  return probWait / (c * mu - lambda);
}
