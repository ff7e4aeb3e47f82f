/**
 * Team codes (v2): the teacher's screen shows one join code per team, the pupil's game knows
 * which team it plays, and the plan code it sends back says whose plan it is. Old (v1) codes
 * are still read, and every typo is still caught.
 */
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, decodeJoinCode, decodePlanCode, encodeJoinCode, encodePlanCode, MAX_SEED, type Command, type LessonSettings } from '../../../src/sim';
import { BitWriter } from '../../../src/sim/lesson/bits';
import { frameCode } from '../../../src/sim/lesson/code-frame';
import { fnv1a } from '../../../src/sim/lesson/fingerprint';
import { loadLevel } from '../helpers';

const levels = ['canteen', 'documents', 'kindergarten'];
const settings: LessonSettings = { levelId: 'canteen', seed: 7, rounds: 4, budgetPerRound: 4 };
// The canteen copy kept for the code tests, so the exact codes do not change when the level is re-balanced.
const canteen = loadLevel('tests/sim/lesson/fixtures/canteen-lesson.json');
const card = (id: string): Command => ({ type: 'applyCard', card: id });
const plan: Command[][] = [[card('menu-board'), card('sort-hall')], [card('card-payment')], [{ type: 'moveStation', station: 'return', x: 3, y: 10 }]];

/** Every code one character or one swap of neighbours away from `code`. */
function typos(code: string): string[] {
  const chars = code.replaceAll('-', '');
  const out: string[] = [];
  for (let at = 0; at < chars.length; at++) {
    for (const other of CODE_ALPHABET) if (other !== chars[at]) out.push(chars.slice(0, at) + other + chars.slice(at + 1));
    if (at + 1 < chars.length && chars[at] !== chars[at + 1]) out.push(chars.slice(0, at) + chars[at + 1] + chars[at] + chars.slice(at + 2));
  }
  return out;
}

describe("a team's join code", () => {
  it('is a known 11-character code per team, one character longer than a join code without a team', () => {
    expect([0, 1, 2, 9].map((team) => encodeJoinCode(settings, levels, team))).toEqual(['CGG3-P201-392', 'CGG3-P211-7RK', 'CGG3-P221-AA0', 'CGG3-P290-3MV']);
    expect(encodeJoinCode(settings, levels)).toBe('8GG3-P21J-2K');
  });

  it('has the bits: header 3 (version 2 of the join code) · level hash · seed size · seed · rounds−1 · budget · team−1 in 4 bits', () => {
    const w = new BitWriter();
    w.write(3, 3);
    w.write(fnv1a('canteen') % 256, 8);
    w.write(0, 2);
    w.write(7, 8);
    w.write(3, 3);
    w.write(4, 7);
    w.write(2, 4);
    expect(frameCode(w.bits)).toBe(encodeJoinCode(settings, levels, 2));
  });

  it('gives back the settings and the team for every team and seed size', () => {
    for (let team = 0; team < 10; team++) {
      for (const seed of [0, 255, 256, 65536, MAX_SEED]) {
        const s = { ...settings, seed };
        expect(decodeJoinCode(encodeJoinCode(s, levels, team), levels)).toEqual({ ok: true, settings: s, team });
      }
    }
  });

  it('without a team (an old code) gives back the settings and no team', () => {
    expect(decodeJoinCode('8GG3-P21J-2K', levels)).toEqual({ ok: true, settings });
  });

  it('with any one character mistyped or two neighbours swapped is refused as a typo', () => {
    const all = typos('CGG3-P221-AA0');
    expect(all.length).toBeGreaterThan(11 * 31);
    for (const typed of all) expect(decodeJoinCode(typed, levels), typed).toMatchObject({ ok: false, code: 'typo' });
  });

  it('naming a team past the tenth is refused as not adding up', () => {
    const w = new BitWriter();
    for (const [value, width] of [[3, 3], [fnv1a('canteen') % 256, 8], [0, 2], [7, 8], [3, 3], [4, 7], [12, 4]] as const) w.write(value, width);
    expect(decodeJoinCode(frameCode(w.bits), levels)).toEqual({ ok: false, code: 'typo', reason: 'the code does not add up: a character is mistyped, missing or extra' });
  });

  it('cannot be made for a team a lesson cannot have', () => {
    expect(() => encodeJoinCode(settings, levels, 10)).toThrow('a lesson has teams 1 to 10, not 11');
    expect(() => encodeJoinCode(settings, levels, -1)).toThrow(RangeError);
    expect(() => encodeJoinCode(settings, levels, 1.5)).toThrow(RangeError);
  });

  it('is not taken for a plan code, nor a team plan code for a join code', () => {
    expect(decodePlanCode(canteen, settings, 'CGG3-P221-AA0')).toEqual({ ok: false, code: 'wrongKind', reason: 'this is a join code, not a plan code' });
    expect(decodeJoinCode(encodePlanCode(canteen, settings, plan, 2), levels)).toEqual({ ok: false, code: 'wrongKind', reason: 'this is a plan code, not a join code' });
  });
});

describe("a team's plan code", () => {
  it('is a known code that says whose plan it is', () => {
    expect(encodePlanCode(canteen, settings, plan, 2)).toBe('K774-KA3W-ZXGX-F1C5-4');
    expect(encodePlanCode(canteen, settings, [], 0)).toBe('K774-00N1-A');
  });

  it('has the bits: header 3 (version 2 of the plan code) · fingerprint 15 · team−1 in 4 bits · then the phases as before', () => {
    const withTeam = encodePlanCode(canteen, settings, [], 2);
    // The same fingerprint as the v1 code of the same (empty) plan: "7774-1THQ" is header 1, fingerprint, 0 phases.
    const v1 = '7774-1THQ'.replaceAll('-', '');
    const bitsOf = (chars: string): number[] => [...chars].flatMap((c) => [4, 3, 2, 1, 0].map((i) => (CODE_ALPHABET.indexOf(c) >> i) & 1));
    const fingerprint = bitsOf(v1).slice(3, 18);
    const w = new BitWriter();
    w.write(4, 3);
    w.bits.push(...fingerprint);
    w.write(2, 4);
    w.write(0, 3);
    expect(frameCode(w.bits)).toBe(withTeam);
  });

  it('gives back exactly the plan and the team, for every team', () => {
    for (let team = 0; team < 10; team++) expect(decodePlanCode(canteen, settings, encodePlanCode(canteen, settings, plan, team))).toEqual({ ok: true, kaizen: plan, team });
  });

  it('of an old game (no team) gives back the plan and no team', () => {
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YREQ-GSFC')).toEqual({ ok: true, kaizen: plan });
  });

  it('with any one character mistyped or two neighbours swapped is refused as a typo, never read as another team', () => {
    for (const typed of typos('K774-KA3W-ZXGX-F1C5-4')) expect(decodePlanCode(canteen, settings, typed), typed).toMatchObject({ ok: false, code: 'typo' });
  });

  it('of another lesson is refused as such, apart from a typo', () => {
    const code = encodePlanCode(canteen, settings, plan, 2);
    expect(decodePlanCode(canteen, { ...settings, seed: 8 }, code)).toEqual({ ok: false, code: 'otherLesson', reason: 'this code belongs to another lesson (another level, seed or budget)' });
  });

  it('naming a team past the tenth is refused in plain words', () => {
    const bits = [...'7774-1THQ'.replaceAll('-', '')].flatMap((c) => [4, 3, 2, 1, 0].map((i) => (CODE_ALPHABET.indexOf(c) >> i) & 1));
    const w = new BitWriter();
    w.write(4, 3);
    w.bits.push(...bits.slice(3, 18));
    w.write(13, 4);
    w.write(0, 3);
    expect(decodePlanCode(canteen, settings, frameCode(w.bits))).toEqual({ ok: false, code: 'invalidPlan', reason: 'the code names team 14, but a lesson has at most 10' });
  });

  it('cannot be made for a team a lesson cannot have', () => {
    expect(() => encodePlanCode(canteen, settings, plan, 10)).toThrow('a lesson has teams 1 to 10, not 11');
  });
});
