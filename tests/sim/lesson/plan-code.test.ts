/**
 * Plan codes carry a team's kaizen phases from one computer to another: they must come back
 * exactly, be bound to their lesson, and catch every mistyped or swapped character.
 */
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, decodePlanCode, encodeJoinCode, encodePlanCode, type Command, type LessonSettings, type Level } from '../../../src/sim';
import { frameCode } from '../../../src/sim/lesson/code-frame';
import { BitWriter } from '../../../src/sim/lesson/bits';
import { allLevelPaths, loadLevel } from '../helpers';

// A copy of the canteen kept for these tests, so the exact codes below do not change when the level is re-balanced.
const canteen = loadLevel('tests/sim/lesson/fixtures/canteen-lesson.json');
const settings: LessonSettings = { levelId: 'canteen', seed: 7, rounds: 4, budgetPerRound: 4 };
const card = (id: string): Command => ({ type: 'applyCard', card: id });
const plan: Command[][] = [
  [card('menu-board'), card('sort-hall')],
  [card('card-payment')],
  [{ type: 'moveStation', station: 'return', x: 3, y: 10 }],
];

describe('a plan code', () => {
  it('is a known short code for a known plan: 16 characters in groups of four', () => {
    expect(encodePlanCode(canteen, settings, plan)).toBe('7775-N1YF-YREQ-GSFC');
  });

  it('for a team that changed nothing is 8 characters', () => {
    expect(encodePlanCode(canteen, settings, [])).toBe('7774-1THQ');
    expect(encodePlanCode(canteen, settings, [[], [], []])).toBe('7775-ZZXA-R7');
  });

  it('gives back exactly the plan it was made from', () => {
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YREQ-GSFC')).toEqual({ ok: true, kaizen: plan });
    expect(decodePlanCode(canteen, settings, '7775-ZZXA-R7')).toEqual({ ok: true, kaizen: [[], [], []] });
  });

  it('is read whatever the case, dashes and spaces, with O for 0, I or L for 1 and Cyrillic look-alikes', () => {
    const expected = { ok: true, kaizen: plan };
    expect(decodePlanCode(canteen, settings, ' 7775n1yfyreqgsfc ')).toEqual(expected);
    expect(decodePlanCode(canteen, settings, '7775 – N1YF – YREQ – GSFC')).toEqual(expected);
    expect(decodePlanCode(canteen, settings, '7774-ITHQ')).toEqual({ ok: true, kaizen: [] });
    expect(decodePlanCode(canteen, settings, '7774-lthq')).toEqual({ ok: true, kaizen: [] });
    // Е, Р and С typed on a Russian keyboard.
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YRЕQ-GSFС')).toEqual(expected);
  });

  it('with any one character mistyped is refused as a typo, never read as another plan', () => {
    const chars = '7775N1YFYREQGSFC';
    let tried = 0;
    for (let at = 0; at < chars.length; at++) {
      for (const other of CODE_ALPHABET) {
        if (other === chars[at]) continue;
        const typed = chars.slice(0, at) + other + chars.slice(at + 1);
        expect(decodePlanCode(canteen, settings, typed)).toMatchObject({ ok: false, code: 'typo' });
        tried++;
      }
    }
    expect(tried).toBe(16 * 31);
  });

  it('with two neighbouring characters swapped is refused as a typo', () => {
    const chars = '7775N1YFYREQGSFC';
    for (let at = 0; at + 1 < chars.length; at++) {
      if (chars[at] === chars[at + 1]) continue;
      const typed = chars.slice(0, at) + chars[at + 1] + chars[at] + chars.slice(at + 2);
      expect(decodePlanCode(canteen, settings, typed)).toMatchObject({ ok: false, code: 'typo' });
    }
  });

  it('with a character missing or added is refused', () => {
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YREQ-GSF')).toMatchObject({ ok: false, code: 'typo' });
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YREQ-GSFCC')).toMatchObject({ ok: false, code: 'typo' });
    expect(decodePlanCode(canteen, settings, '7774-1TH')).toEqual({ ok: false, code: 'tooShort', reason: 'the code is too short: a character is missing' });
    expect(decodePlanCode(canteen, settings, '7775')).toMatchObject({ ok: false, code: 'tooShort' });
  });

  it('of another seed, budget or level is refused as belonging to another lesson', () => {
    const other = { ok: false, code: 'otherLesson', reason: 'this code belongs to another lesson (another level, seed or budget)' };
    expect(decodePlanCode(canteen, { ...settings, seed: 8 }, '7775-N1YF-YREQ-GSFC')).toEqual(other);
    expect(decodePlanCode(canteen, { ...settings, budgetPerRound: 5 }, '7775-N1YF-YREQ-GSFC')).toEqual(other);
    const slower = { ...canteen, maxTime: canteen.maxTime + 60 };
    expect(decodePlanCode(slower, settings, '7775-N1YF-YREQ-GSFC')).toEqual(other);
  });

  it('does not depend on the key order of the level file or on its "$schema" link', () => {
    const reordered = Object.fromEntries(Object.entries(canteen).reverse()) as typeof canteen;
    expect(decodePlanCode({ ...reordered, $schema: './level.schema.json' }, settings, '7775-N1YF-YREQ-GSFC')).toEqual({ ok: true, kaizen: plan });
  });

  it('is told apart from a join code', () => {
    const join = encodeJoinCode(settings, ['canteen']);
    expect(decodePlanCode(canteen, settings, join)).toEqual({ ok: false, code: 'wrongKind', reason: 'this is a join code, not a plan code' });
  });

  it('of a kind this game does not know is said to come from a newer game', () => {
    const w = new BitWriter();
    w.write(5, 3);
    w.write(0, 40);
    expect(decodePlanCode(canteen, settings, frameCode(w.bits))).toEqual({
      ok: false,
      code: 'newerVersion',
      reason: 'this code was made by a newer version of the game',
    });
  });

  it('with a character that is in no code says which one', () => {
    expect(decodePlanCode(canteen, settings, '7775-N1YF-YREQ-GSF!')).toEqual({ ok: false, code: 'badCharacter', reason: '"!" cannot be part of a code' });
    expect(decodePlanCode(canteen, settings, 'U775-N1YF')).toMatchObject({ ok: false, code: 'badCharacter' });
    expect(decodePlanCode(canteen, settings, ' - ')).toEqual({ ok: false, code: 'empty', reason: 'no code was typed' });
    expect(decodePlanCode(canteen, settings, '7'.repeat(2000))).toMatchObject({ ok: false, code: 'tooLong' });
  });

  it('of a plan the game would refuse is refused with the phase and the change', () => {
    const overspent = encodePlanCode(canteen, settings, [[card('second-server'), card('card-payment')]]);
    expect(decodePlanCode(canteen, settings, overspent)).toEqual({
      ok: false,
      code: 'invalidPlan',
      reason: 'kaizen after round 1, change 2: card "card-payment" costs 2, but only 0 points are left',
    });
  });

  it('with more kaizen phases than the lesson has is refused', () => {
    const long = encodePlanCode(canteen, { ...settings, rounds: 5 }, [[], [], [], []]);
    expect(decodePlanCode(canteen, settings, long)).toEqual({
      ok: false,
      code: 'invalidPlan',
      reason: 'the plan has 4 kaizen phases, but this lesson has only 3',
    });
  });

  it('cannot be made for a card or station the level does not have, or a tile off the floor', () => {
    expect(() => encodePlanCode(canteen, settings, [[card('magic')]])).toThrow('there is no card "magic" in this level');
    expect(() => encodePlanCode(canteen, settings, [[], [], [], []])).toThrow('a lesson of 4 rounds has at most 3 kaizen phases, not 4');
    expect(() => encodePlanCode(canteen, settings, [[{ type: 'moveStation', station: 'cash', x: 40, y: 3 }]])).toThrow('(40, 3) is outside the floor plan');
    expect(() => encodePlanCode(canteen, settings, [[{ type: 'moveStation', station: 'vault', x: 4, y: 3 }]])).toThrow('there is no station "vault" in this level');
  });

  it('round-trips every card and a move of every station in every shipped level', () => {
    for (const path of allLevelPaths()) {
      const level = loadLevel(path);
      const s: LessonSettings = { levelId: level.id, seed: 1, rounds: 3, budgetPerRound: 127 };
      const moves = level.stations.map((st): Command => ({ type: 'moveStation', station: st.id, x: st.x, y: st.y }));
      const cards = cardsInPlayableOrder(level).map(card);
      const decoded = decodePlanCode(level, s, encodePlanCode(level, s, [moves, cards]));
      expect(decoded, path).toEqual({ ok: true, kaizen: [moves, cards] });
    }
  });
});

/** Every card of the level, each after the cards it requires. */
function cardsInPlayableOrder(level: Level): string[] {
  const order: string[] = [];
  while (order.length < level.cards.length) {
    const next = level.cards.find((c) => !order.includes(c.id) && c.requires.every((r) => order.includes(r)));
    if (!next) throw new Error(`${level.id}: the cards' requirements go round in a circle`);
    order.push(next.id);
  }
  return order;
}
