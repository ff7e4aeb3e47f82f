/**
 * Which canteen round puts the most pupils on the floor at once (the hardest one to draw), and
 * when: the current state (round 1, no cards) against every card played alone, on the seed
 * the game uses. The browser benchmarks then play that round from where the floor is fullest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stepSeconds } from '../../src/app/game-controller';
import { applyCommands, buildTimeline, initialPlanState, parseLevel, simulateRound, snapshotAt, type Level } from '../../src/sim';
import { root } from '../e2e/harness.mjs';

/** The lesson seed of src/main.ts (no ?seed= in the URL). */
export const GAME_SEED = 20261123;

export interface CrowdPeak {
  /** the cards in force ([] = the current state, round 1) */
  cards: readonly string[];
  /** most units drawn at once */
  units: number;
  /** simulated seconds: the first time the floor holds `units`, and the last */
  from: number;
  to: number;
  duration: number;
  /** arrow-key steps from the round's start to reach `from` */
  stepsIn: number;
}

function canteen(): Level {
  const parsed = parseLevel(JSON.parse(readFileSync(join(root, 'levels', 'canteen.json'), 'utf8')));
  if (!parsed.ok) throw new Error(`levels/canteen.json: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return parsed.level;
}

function peakOf(level: Level, cards: readonly string[], seed: number): CrowdPeak | undefined {
  const state = initialPlanState(level, Number.MAX_SAFE_INTEGER);
  const applied = applyCommands(
    state,
    cards.map((card) => ({ type: 'applyCard' as const, card })),
  );
  if (!applied.ok) return undefined;
  const timeline = buildTimeline(simulateRound(applied.state.level, seed, true).run);
  let units = -1;
  let from = 0;
  let to = 0;
  for (let t = 0; t <= timeline.duration; t += 5) {
    const n = snapshotAt(timeline, t).units.length;
    if (n > units) {
      units = n;
      from = t;
    }
    if (n === units) to = t;
  }
  return { cards, units, from, to, duration: timeline.duration, stepsIn: Math.ceil(from / stepSeconds(timeline.duration)) };
}

export function largestCanteenRound(seed = GAME_SEED): { largest: CrowdPeak; currentState: CrowdPeak } {
  const level = canteen();
  const currentState = peakOf(level, [], seed);
  if (!currentState) throw new Error('the canteen current state does not run');
  let largest = currentState;
  for (const card of level.cards) {
    const peak = peakOf(level, [card.id], seed);
    if (peak && peak.units > largest.units) largest = peak;
  }
  return { largest, currentState };
}
