/**
 * Thousands of plan and join codes, right and mutated, fed to the decoders: each is accepted
 * (and then means exactly a plan the game would accept) or refused with a known reason; none
 * throws. Right codes always come back exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CODE_ALPHABET,
  applyCommand,
  betweenRounds,
  decodeJoinCode,
  decodePlanCode,
  encodeJoinCode,
  encodePlanCode,
  initialPlanState,
  lessonLevel,
  MAX_BUDGET,
  MAX_ROUNDS,
  MAX_SEED,
  startingBudget,
  type Command,
  type CodeProblem,
  type LessonSettings,
  type Level,
} from '../../../src/sim';
import { loadLevel } from '../../sim/helpers';

const canteen = loadLevel('levels/canteen.json');
const settings: LessonSettings = { levelId: 'canteen', seed: 11, rounds: 5, budgetPerRound: 4 };
const PROBLEMS: readonly CodeProblem[] = ['empty', 'badCharacter', 'tooShort', 'tooLong', 'typo', 'wrongKind', 'newerVersion', 'otherLesson', 'unknownLevel', 'invalidPlan'];

/** A plan the game accepts, built from arbitrary wishes: each wish is kept only if the game takes it at that point. */
function playablePlan(level: Level, s: LessonSettings, wishes: number[][]): Command[][] {
  const played = lessonLevel(level, s);
  let state = initialPlanState(played, startingBudget(played));
  return wishes.map((phase) => {
    state = betweenRounds(state, played);
    const kept: Command[] = [];
    for (const wish of phase) {
      const cmd = commandFor(level, wish);
      const r = applyCommand(state, cmd);
      if (r.ok) {
        state = r.state;
        kept.push(cmd);
      }
    }
    return kept;
  });
}

/** Whether the game takes every command of the plan, phase by phase. */
function isPlayable(level: Level, s: LessonSettings, kaizen: Command[][]): boolean {
  const played = lessonLevel(level, s);
  let state = initialPlanState(played, startingBudget(played));
  for (const phase of kaizen) {
    state = betweenRounds(state, played);
    for (const cmd of phase) {
      const r = applyCommand(state, cmd);
      if (!r.ok) return false;
      state = r.state;
    }
  }
  return kaizen.length <= s.rounds - 1;
}

/** A number → a card, or a move of a station to a floor tile. */
function commandFor(level: Level, wish: number): Command {
  if (wish % 3 !== 0) return { type: 'applyCard', card: (level.cards[wish % level.cards.length] as Level['cards'][number]).id };
  const station = level.stations[wish % level.stations.length] as Level['stations'][number];
  const height = level.floor.tiles.length;
  const width = (level.floor.tiles[0] as string).length;
  return { type: 'moveStation', station: station.id, x: (wish >> 4) % width, y: (wish >> 9) % height };
}

const wishes = fc.array(fc.array(fc.nat(1 << 16), { maxLength: 4 }), { maxLength: settings.rounds - 1 });

/** Checking a plan against the game takes milliseconds a command: the mutation tests draw from a pool of plans made once. */
const pool: Command[][][] = fc.sample(wishes, { numRuns: 40, seed: 5 }).map((w) => playablePlan(canteen, settings, w));
const pooled = fc.nat(pool.length - 1).map((i) => pool[i] as Command[][]);
const SLOW = 120_000;
/** A team's codes (v2) name the team; codes without one (v1) are still made and read. */
const team = fc.option(fc.integer({ min: 0, max: 9 }), { nil: undefined });

type Mutation = { kind: 'replace' | 'insert' | 'delete' | 'swap'; at: number; char: string };
const mutation = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('replace', 'insert', 'delete', 'swap'),
  at: fc.nat(),
  char: fc.oneof(fc.constantFrom(...CODE_ALPHABET), fc.constantFrom('-', ' ', 'O', 'I', 'u', '!', 'Ж')),
});

function mutate(code: string, ms: Mutation[]): string {
  let s = code;
  for (const m of ms) {
    const at = s.length === 0 ? 0 : m.at % s.length;
    if (m.kind === 'replace') s = s.slice(0, at) + m.char + s.slice(at + 1);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.char + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + 1);
    else s = s.slice(0, at) + (s[at + 1] ?? '') + (s[at] ?? '') + s.slice(at + 2);
  }
  return s;
}

/** A decoder's answer is either a plan or a known refusal with words. */
function expectWellFormed(r: { ok: true } | { ok: false; code: CodeProblem; reason: string }): void {
  if (r.ok) return;
  expect(PROBLEMS).toContain(r.code);
  expect(r.reason.length).toBeGreaterThan(10);
}

describe('plan codes, by the thousand', () => {
  it('give back every playable plan exactly, with the team when the code names one', () => {
    fc.assert(
      fc.property(wishes, team, (w, t) => {
        const plan = playablePlan(canteen, settings, w);
        expect(decodePlanCode(canteen, settings, encodePlanCode(canteen, settings, plan, t))).toEqual(t === undefined ? { ok: true, kaizen: plan } : { ok: true, kaizen: plan, team: t });
      }),
      { numRuns: 100 },
    );
  }, SLOW);

  it('mutated, are refused with a reason or read as a plan the game accepts; never a throw', () => {
    fc.assert(
      fc.property(pooled, team, fc.array(mutation, { minLength: 1, maxLength: 4 }), (plan, t, ms) => {
        const r = decodePlanCode(canteen, settings, mutate(encodePlanCode(canteen, settings, plan, t), ms));
        expectWellFormed(r);
        // A mutation that survives (a dash or a look-alike letter) reads as a plan the game plays as it is.
        if (r.ok) expect(isPlayable(canteen, settings, r.kaizen)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  }, SLOW);

  it('with exactly one character changed are always refused as a typo', () => {
    fc.assert(
      fc.property(pooled, team, fc.nat(), fc.constantFrom(...CODE_ALPHABET), (plan, t, at, char) => {
        const code = encodePlanCode(canteen, settings, plan, t).replaceAll('-', '');
        const i = at % code.length;
        fc.pre(code[i] !== char);
        expect(decodePlanCode(canteen, settings, code.slice(0, i) + char + code.slice(i + 1))).toMatchObject({ ok: false, code: 'typo' });
      }),
      { numRuns: 1000 },
    );
  }, SLOW);

  it('are never read from any text at all without a reason, nor with a throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.stringMatching(/^[0-9A-Z-]{0,40}$/)), (text) => {
        expectWellFormed(decodePlanCode(canteen, settings, text));
        expectWellFormed(decodeJoinCode(text, ['canteen', 'documents', 'kindergarten']));
      }),
      { numRuns: 3000 },
    );
  }, SLOW);
});

describe('join codes, by the thousand', () => {
  const levels = ['canteen', 'documents', 'kindergarten'];
  const anySettings = fc.record({
    levelId: fc.constantFrom(...levels),
    seed: fc.integer({ min: 0, max: MAX_SEED }),
    rounds: fc.integer({ min: 1, max: MAX_ROUNDS }),
    budgetPerRound: fc.integer({ min: 0, max: MAX_BUDGET }),
  });

  it('give back every lesson exactly, with the team when the code names one', () => {
    fc.assert(
      fc.property(anySettings, team, (s, t) => {
        expect(decodeJoinCode(encodeJoinCode(s, levels, t), levels)).toEqual(t === undefined ? { ok: true, settings: s } : { ok: true, settings: s, team: t });
      }),
      { numRuns: 2000 },
    );
  }, SLOW);

  it('mutated, are refused with a reason or read as some lesson; never a throw', () => {
    fc.assert(
      fc.property(anySettings, team, fc.array(mutation, { minLength: 1, maxLength: 4 }), (s, t, ms) => {
        const r = decodeJoinCode(mutate(encodeJoinCode(s, levels, t), ms), levels);
        expectWellFormed(r);
        if (r.ok) expect(levels).toContain(r.settings.levelId);
        if (r.ok && r.team !== undefined) expect(r.team).toBeLessThan(10);
      }),
      { numRuns: 2000 },
    );
  }, SLOW);
});
