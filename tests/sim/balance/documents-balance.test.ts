/**
 * The document-flow level's balance, as the product brief states it: doing nothing changes
 * nothing, the best plan cuts waste by 70–85 % and lead time by at least half, no card wins
 * alone, traps make things worse, every tool family is needed, and 5S gains fade without
 * Sustain. One balance search (every allowed combination of cards, one round each, seed 1)
 * is shared by the claims below. Time here is working days (86 400 s each, weekends left
 * out), and waste is document-minutes: an order lying in an in-tray is inventory.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/sim';
import { loadLevel } from '../helpers';
import { card, describeBalanceClaims } from './claims';

const SEED = 1;
const DAY = 86_400;
const level: Level = loadLevel('levels/documents.json');
const order = level.entities.find((e) => e.id === 'order');


const report = describeBalanceClaims({
  level,
  seed: SEED,
  fiveS: {
    // Round 2: sort, set in order, shine; round 3: standardise (and Sustain, or not); rounds 4–5: nothing new.
    plan: (sustain) => ({
      rounds: [
        [],
        [card('sort-archive'), card('archive-by-index'), card('shine-office')],
        [card('templates'), ...(sustain ? [card('sustain-audit')] : [])],
        [],
        [],
      ],
    }),
    lastFiveS: 2,
    fadeAtLeast: 1.05, // more than 5 % of the waste returns within two rounds
  },
});

describe('the school order as it is today', () => {
  it('is a document that goes through five visas, a once-a-day signature, registration, the archive and the staff', () => {
    expect(order?.kind).toBe('document');
    const route = order?.route ?? [];
    expect(route.filter((s) => s.id.startsWith('visa-'))).toHaveLength(5);
    // redundant visas are overprocessing, extra copies overproduction, the sign-off sheet's wait inventory
    expect(route.filter((s) => s.class === 'overprocessing').map((s) => s.id)).toEqual(expect.arrayContaining(['visa-care', 'visa-admin']));
    expect(route.find((s) => s.id === 'print-copies')?.class).toBe('overproduction');
    const sign = route.find((s) => s.id === 'sign');
    expect(level.stations.find((s) => s.id === sign?.station)?.batch?.period).toBe(DAY);
    // errors send the order back to its author's draft
    const reworks = route.flatMap((s) => s.defects).filter((d) => d.outcome === 'rework');
    expect(reworks.length).toBeGreaterThanOrEqual(2);
    for (const d of reworks) expect(d.backTo).toBe('draft');
  });

  it('takes 12–13 working days, almost all of it lying in in-trays, with work under 2 % of the working time', () => {
    const m = report().noChange.metrics;
    expect(m.completed).toBe(24);
    expect(m.unfinished).toBe(0);
    expect(m.leadTime.mean / DAY).toBeGreaterThanOrEqual(12);
    expect(m.leadTime.mean / DAY).toBeLessThanOrEqual(13);
    expect(m.waste.inventory / m.totalWasteMinutes).toBeGreaterThan(0.85);
    // value-adding time over the working part of the lead time (8 office hours a day)
    const workingMinutes = (m.leadTime.mean / DAY) * 8 * 60;
    const valuePerOrder = m.waste.value / m.completed;
    expect(valuePerOrder / workingMinutes).toBeGreaterThan(0.01);
    expect(valuePerOrder / workingMinutes).toBeLessThan(0.02);
    expect(m.processCycleEfficiency).toBeLessThan(0.01);
    expect(m.firstPassYield).toBeLessThan(0.9);
    // no order is signed and known to the staff within 5 working days
    expect(m.valueMeasure.value).toBe(0);
  });
});

describe('the cards of the document flow', () => {
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

  it('gets the orders signed and known to the staff within 5 days, where today none are', () => {
    expect(report().noChange.value).toBe(0);
    expect(report().best.value).toBeGreaterThanOrEqual(level.valueMeasure.target);
  });
});

describe('single cards', () => {

  it('are exactly the two traps: more copies, and one more visa', () => {
    const traps = report().cards.filter((c) => c.flaggedTrap);
    expect(traps.map((c) => c.id).sort()).toEqual(['copies-everywhere', 'one-more-visa']);
    for (const c of traps) expect(c.alone.gain.leadTime, c.id).toBeLessThan(0);
  });
});

