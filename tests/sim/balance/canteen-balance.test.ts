/**
 * The canteen level's balance, as the product brief states it: doing nothing changes nothing,
 * the best plan cuts waste by 70–85 % and lead time by at least half, no card wins alone,
 * traps make things worse, every tool family is needed, and 5S gains fade without Sustain.
 * One balance search (every allowed combination of cards, one round each, seed 1) is shared
 * by the claims below.
 */
import { describe, expect, it } from 'vitest';
import { simulateRound, type Level } from '../../../src/sim';
import { loadLevel } from '../helpers';
import { card, describeBalanceClaims } from './claims';

const SEED = 1;
const level: Level = loadLevel('levels/canteen.json');


const report = describeBalanceClaims({
  level,
  seed: SEED,
  fiveS: {
    // Round 2: sort, set in order, shine; round 3: standardise (and Sustain, or not); rounds 4–5: nothing new.
    plan: (sustain) => ({
      rounds: [
        [],
        [card('sort-hall'), card('cutlery-first'), card('shine-tables')],
        [card('standard-portions'), ...(sustain ? [card('sustain-audit')] : [])],
        [],
        [],
      ],
    }),
    lastFiveS: 2,
    fadeAtLeast: 1.05, // more than 5 % of the waste returns within two rounds
  },
});

describe('the canteen as it is today', () => {
  it('leaves the last pupils 5 minutes or less to eat', () => {
    const { run } = simulateRound(level, SEED);
    const eatingSeconds = run.entities.map((e) => e.measuredStep);
    expect(eatingSeconds).toHaveLength(56);
    expect(Math.min(...eatingSeconds)).toBeLessThanOrEqual(5 * 60);
  });
});

describe('the cards of the canteen', () => {
  it('number at least ten, with every 5S step and every tool family present', () => {
    expect(level.cards.length).toBeGreaterThanOrEqual(10);
    const tools = new Set(level.cards.map((c) => c.tool));
    for (const t of ['5s-sort', '5s-set-in-order', '5s-shine', '5s-standardize', '5s-sustain', 'visual', 'routing', 'levelling']) {
      expect(tools).toContain(t);
    }
    expect(level.kaizen.decay?.stoppedBy).toBe(level.cards.find((c) => c.tool === '5s-sustain')?.id);
  });
});

describe('the best plan', () => {

  it('gives every pupil at least 8 minutes to eat, where today only some get them', () => {
    expect(report().noChange.value).toBeLessThan(0.7);
    expect(report().best.value).toBeGreaterThanOrEqual(level.valueMeasure.target);
  });
});

