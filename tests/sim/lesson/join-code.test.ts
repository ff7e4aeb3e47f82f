/** Join codes let a team at its own computer play the class's lesson: same level, seed, rounds and budget. */
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, decodeJoinCode, encodeJoinCode, MAX_SEED, type LessonSettings } from '../../../src/sim';

const levels = ['canteen', 'documents', 'kindergarten'];
const settings: LessonSettings = { levelId: 'canteen', seed: 7, rounds: 4, budgetPerRound: 4 };

describe('a join code', () => {
  it('is a known 10-character code for a small seed', () => {
    expect(encodeJoinCode(settings, levels)).toBe('8GG3-P21J-2K');
  });

  it('grows with the seed: 10 characters up to 255, 11 up to 65535, 15 for the largest seed', () => {
    expect(encodeJoinCode({ ...settings, seed: 255 }, levels).replaceAll('-', '')).toHaveLength(10);
    expect(encodeJoinCode({ ...settings, seed: 65535 }, levels).replaceAll('-', '')).toHaveLength(11);
    expect(encodeJoinCode({ ...settings, seed: MAX_SEED }, levels).replaceAll('-', '')).toHaveLength(15);
  });

  it('gives back the settings for every level, seed size, round count and budget', () => {
    for (const levelId of levels) {
      for (const seed of [0, 1, 255, 256, 65535, 65536, 2 ** 24 - 1, 2 ** 24, MAX_SEED]) {
        for (const rounds of [1, 3, 5, 8]) {
          for (const budgetPerRound of [0, 4, 127]) {
            const s = { levelId, seed, rounds, budgetPerRound };
            expect(decodeJoinCode(encodeJoinCode(s, levels), levels)).toEqual({ ok: true, settings: s });
          }
        }
      }
    }
  });

  it('is read in lower case, without dashes and with the look-alike letters', () => {
    expect(decodeJoinCode('8gg3 p21j 2k', levels)).toEqual({ ok: true, settings });
    expect(decodeJoinCode('8GG3P2IJ2K', levels)).toEqual({ ok: true, settings });
  });

  it('with any one character mistyped or two neighbours swapped is refused as a typo', () => {
    const chars = '8GG3P21J2K';
    for (let at = 0; at < chars.length; at++) {
      for (const other of CODE_ALPHABET) {
        if (other === chars[at]) continue;
        expect(decodeJoinCode(chars.slice(0, at) + other + chars.slice(at + 1), levels)).toMatchObject({ ok: false, code: 'typo' });
      }
      if (at + 1 < chars.length && chars[at] !== chars[at + 1]) {
        const swapped = chars.slice(0, at) + chars[at + 1] + chars[at] + chars.slice(at + 2);
        expect(decodeJoinCode(swapped, levels)).toMatchObject({ ok: false, code: 'typo' });
      }
    }
  });

  it('one character short of the shortest is said to be too short', () => {
    expect(decodeJoinCode('8GG3-P21J-2', levels)).toEqual({ ok: false, code: 'tooShort', reason: 'the code is too short: a character is missing' });
  });

  it('for a level this game does not have says so', () => {
    expect(decodeJoinCode('8GG3-P21J-2K', ['documents', 'kindergarten'])).toEqual({
      ok: false,
      code: 'unknownLevel',
      reason: "the code's level is not in this game (is it the same version as the teacher's?)",
    });
  });

  it('is not mistaken for a plan code, nor a plan code for it', () => {
    expect(decodeJoinCode('7774-1THQ', levels)).toEqual({ ok: false, code: 'wrongKind', reason: 'this is a plan code, not a join code' });
  });

  it('cannot be made for settings no lesson has', () => {
    expect(() => encodeJoinCode({ ...settings, levelId: 'zoo' }, levels)).toThrow('there is no level "zoo" in this game');
    expect(() => encodeJoinCode({ ...settings, rounds: 9 }, levels)).toThrow(RangeError);
    expect(() => encodeJoinCode({ ...settings, seed: -1 }, levels)).toThrow(RangeError);
    expect(() => encodeJoinCode({ ...settings, budgetPerRound: 128 }, levels)).toThrow(RangeError);
  });

  it('names each shipped level by a different hash', () => {
    const codes = levels.map((levelId) => encodeJoinCode({ ...settings, levelId }, levels));
    expect(codes.map((c) => decodeJoinCode(c, levels))).toEqual(levels.map((levelId) => ({ ok: true, settings: { ...settings, levelId } })));
  });
});
