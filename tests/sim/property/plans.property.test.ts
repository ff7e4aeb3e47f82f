import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySessionCommand, planFile, runRounds, startSession, takeBack, type Level, type Session } from '../../../src/sim';
import { loadLevel } from '../helpers';
import { mutate, mutation, type Json } from './mutate';

const canteen = loadLevel('levels/canteen.json');

/** A plan a teacher could have written: real cards and stations, with a typo here and there. */
function commandOf(level: Level): fc.Arbitrary<Json> {
  const cards = level.cards.map((c) => c.id);
  const stations = level.stations.map((s) => s.id);
  return fc.oneof(
    fc.record({ type: fc.constant('applyCard'), card: fc.oneof(fc.constantFrom(...cards), fc.string({ maxLength: 8 })) }),
    fc.record({
      type: fc.constant('moveStation'),
      station: fc.oneof(fc.constantFrom(...stations), fc.string({ maxLength: 8 })),
      x: fc.integer({ min: -3, max: 80 }),
      y: fc.integer({ min: -3, max: 40 }),
    }),
  );
}

describe('plans, fed to the core as a plan file and as a pupil clicking', () => {
  it('a plan file is either refused with its path or played: a refused command is named by round and position', () => {
    const plan = fc.record({ rounds: fc.array(fc.array(commandOf(canteen), { maxLength: 5 }), { minLength: 1, maxLength: 4 }) });
    fc.assert(
      fc.property(plan, fc.array(mutation, { maxLength: 2 }), (doc, mutations) => {
        const parsed = planFile.safeParse(mutate(doc as Json, mutations));
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          return;
        }
        const r = runRounds(canteen, { seed: 1, rounds: parsed.data.rounds.length, plan: parsed.data });
        if (r.ok) expect(r.rounds).toHaveLength(parsed.data.rounds.length);
        else {
          expect(r.round).toBeGreaterThanOrEqual(1);
          expect(r.index).toBeGreaterThanOrEqual(0);
          expect(r.reason.length).toBeGreaterThan(5);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  }, 120_000);

  it('a session takes any command or take-back and either changes the plan or refuses with a reason, never losing what it had', () => {
    const action = fc.oneof(
      commandOf(canteen).map((cmd) => ({ kind: 'command' as const, cmd })),
      fc.nat(6).map((index) => ({ kind: 'takeBack' as const, index })),
      fc.anything().map((cmd) => ({ kind: 'command' as const, cmd })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        let session: Session = startSession(canteen, { seed: 1, rounds: 3 });
        session = { ...session, plan: { ...session.plan, budget: 6 } };
        for (const a of actions) {
          const before = session;
          const r = a.kind === 'command' ? applySessionCommand(session, a.cmd as never) : takeBack(session, a.index);
          if (r.ok) session = r.session;
          else {
            expect(r.reason.length).toBeGreaterThan(5);
            expect(session).toBe(before);
          }
          expect(session.plan.budget).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
