import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel, parseLevel, runEngine } from '../../../src/sim';
import { allLevelPaths } from '../helpers';
import { checkInvariants } from '../invariants';
import { mutate, mutation, type Json } from './mutate';

const root = new URL('../../../', import.meta.url);
const read = (path: string): Json => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Json;
// The queueing fixtures simulate 400,000 customers a round: their mutations are loaded, not played.
const playable = (path: string): boolean => !/\/mm\d\.json$/.test(path);
const documents = allLevelPaths().map((path) => ({ path, json: read(path), play: playable(path) }));

function expectPlainIssues(issues: readonly { path: string; message: string }[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.path).toMatch(/^\$/);
    expect(issue.message.trim().length).toBeGreaterThan(3);
  }
}

describe('the level loader, fed mutated levels', () => {
  it.each(documents)('accepts or rejects every mutation of $path with a located, plain reason; what it accepts plays a whole round', ({ json, play }) => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(1000), (mutations, seed) => {
        const r = parseLevel(mutate(json, mutations));
        if (!r.ok) return expectPlainIssues(r.issues);
        accepted++;
        if (!play) return;
        const run = runEngine(compileModel(r.level), { seed });
        expect(checkInvariants(run, r.level, 1)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261123 },
    );
    // The mutations are not all fatal: some broken-looking levels are still levels, and they play.
    expect(accepted).toBeGreaterThan(5);
  }, 120_000);

  it('rejects what is not a level at all, in words', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = parseLevel(value);
        expect(r.ok).toBe(false);
        if (!r.ok) expectPlainIssues(r.issues);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('refuses a level whose round could not finish in reasonable time, naming the cause', () => {
    const level = read('levels/canteen.json') as { entities: { arrivals: { waves: { id: string; count: number }[] } }[] };
    // five classes of a million pupils each, every pupil taking the canteen's steps
    const waves = level.entities[0]?.arrivals.waves ?? [];
    const first = waves[0] as { id: string; count: number };
    for (let i = 0; i < 5; i++) waves[i] = { ...first, id: `class-${i}`, count: 1_000_000 };
    const r = parseLevel(level);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toContainEqual({ path: '$.entities', message: expect.stringMatching(/step visits .* at most 20 million/) });
  });

  it('refuses a defect that always happens, since the unit would go round for ever', () => {
    const level = read('tests/fixtures/levels/library.json');
    const r = parseLevel(level);
    expect(r.ok).toBe(true);
    const text = JSON.stringify(level).replace(/"probability":\s*[0-9.]+/, '"probability": 1');
    const broken = parseLevel(JSON.parse(text));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.message).toMatch(/must be below 1/);
  });
});
