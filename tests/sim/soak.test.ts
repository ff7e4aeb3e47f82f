/**
 * The soak test: a thousand rounds of the school levels under random plans, the way a year of
 * lessons would play them, with the core's invariants checked after every round.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, betweenRounds, compileModel, initialPlanState, runEngine, startingBudget, type Command, type Level, type PlanState } from '../../src/sim';
import { checkInvariants, type Broken } from './invariants';
import { loadLevel } from './helpers';

const ROUNDS = 1000;
const ROUNDS_PER_LESSON = 4;
// The queueing fixtures (400,000 customers a round) are not school processes; they are soaked by the queueing tests.
const SCHOOL_LEVELS = ['levels/canteen.json', 'levels/kindergarten.json', 'levels/documents.json', 'tests/fixtures/levels/library.json'];

/** A small seeded generator for the test's own choices (mulberry32). */
function chooser(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** A pupil's plan for one kaizen phase: a few cards in any order, maybe a station moved anywhere. */
function randomCommands(state: PlanState, pick: (n: number) => number): Command[] {
  const { level } = state;
  const commands: Command[] = [];
  for (let i = pick(4); i > 0; i--) {
    const card = level.cards[pick(level.cards.length)];
    if (card) commands.push({ type: 'applyCard', card: card.id });
  }
  if (pick(2) === 0) {
    const station = level.stations[pick(level.stations.length)];
    const width = level.floor.tiles[0]?.length ?? 1;
    if (station) commands.push({ type: 'moveStation', station: station.id, x: pick(width), y: pick(level.floor.tiles.length) });
  }
  return commands;
}

describe(`${ROUNDS} rounds of random plans across the school levels`, () => {
  it('keep every invariant of the core after every round', () => {
    const pick = chooser(20261123);
    const levels = SCHOOL_LEVELS.map(loadLevel);
    const broken: Broken[] = [];
    let played = 0;
    let refused = 0;
    let lesson = 0;
    while (played < ROUNDS) {
      const level = levels[lesson % levels.length] as Level;
      const seed = pick(1_000_000);
      let state = initialPlanState(level, startingBudget(level));
      for (let r = 0; r < ROUNDS_PER_LESSON && played < ROUNDS; r++, played++) {
        if (r > 0) state = betweenRounds(state, level);
        for (const cmd of randomCommands(state, pick)) {
          const result = applyCommand(state, cmd);
          if (result.ok) state = result.state;
          else refused++;
        }
        const run = runEngine(compileModel(state.level), { seed });
        broken.push(...checkInvariants(run, state.level, played));
      }
      lesson++;
    }
    expect(broken.slice(0, 10)).toEqual([]);
    // The plans were random, not empty: many changes went through and many were refused.
    expect(refused).toBeGreaterThan(100);
    expect(played).toBe(ROUNDS);
  }, 600_000);
});
