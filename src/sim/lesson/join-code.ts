/**
 * Join codes: what a team at its own computer types to play the same lesson as the class —
 * the level, the seed, the number of rounds and the budget, e.g. "2B7K-M2XD-9Q". The level is
 * named by a hash of its id, so a computer whose game has other levels says "unknown level"
 * instead of playing a wrong one. Pure.
 *
 * Bits: header 3 | level-id hash 8 | seed size 2 | seed 8·(size+1) | rounds−1 3 | budget 7 | padding | CRC-16.
 */
import { BitReader, BitWriter } from './bits';
import { frameCode, framedLength, unframeCode, type CodeFailure } from './code-frame';
import { checkHeader, HEADER_BITS, JOIN_CODE_V1 } from './code-header';
import { fnv1a } from './fingerprint';
import { lessonSettings, type LessonSettings } from './settings';

const LEVEL_BITS = 8;
const ROUNDS_BITS = 3;
const BUDGET_BITS = 7;
/** Characters in the shortest join code (a seed below 256). */
const SHORTEST = framedLength(HEADER_BITS + LEVEL_BITS + 2 + 8 + ROUNDS_BITS + BUDGET_BITS);

function levelHash(levelId: string): number {
  return fnv1a(levelId) % 2 ** LEVEL_BITS;
}

/** The join code of a lesson. Throws a RangeError on settings no lesson can have (check them first). */
export function encodeJoinCode(settings: LessonSettings, levelIds: readonly string[]): string {
  const parsed = lessonSettings.safeParse(settings);
  if (!parsed.success) throw new RangeError(`these lesson settings cannot be put in a code: ${parsed.error.message}`);
  if (!levelIds.includes(settings.levelId)) throw new RangeError(`there is no level "${settings.levelId}" in this game`);
  const w = new BitWriter();
  w.write(JOIN_CODE_V1, HEADER_BITS);
  w.write(levelHash(settings.levelId), LEVEL_BITS);
  const bytes = settings.seed < 2 ** 8 ? 1 : settings.seed < 2 ** 16 ? 2 : settings.seed < 2 ** 24 ? 3 : 4;
  w.write(bytes - 1, 2);
  w.write(settings.seed, bytes * 8);
  w.write(settings.rounds - 1, ROUNDS_BITS);
  w.write(settings.budgetPerRound, BUDGET_BITS);
  return frameCode(w.bits);
}

export function decodeJoinCode(code: string, levelIds: readonly string[]): { ok: true; settings: LessonSettings } | CodeFailure {
  const framed = unframeCode(code, SHORTEST);
  if (!framed.ok) return framed;
  const r = new BitReader(framed.bits);
  const header = checkHeader(r, JOIN_CODE_V1);
  if (header) return header;
  const hash = r.read(LEVEL_BITS);
  const size = r.read(2);
  const seed = size === undefined ? undefined : r.read((size + 1) * 8);
  const rounds = r.read(ROUNDS_BITS);
  const budget = r.read(BUDGET_BITS);
  if (hash === undefined || seed === undefined || rounds === undefined || budget === undefined || !r.onlyZerosLeft()) {
    return { ok: false, code: 'typo', reason: 'the code does not add up: a character is mistyped, missing or extra' };
  }
  const levelId = levelIds.find((id) => levelHash(id) === hash);
  if (levelId === undefined) {
    return { ok: false, code: 'unknownLevel', reason: "the code's level is not in this game (is it the same version as the teacher's?)" };
  }
  return { ok: true, settings: { levelId, seed, rounds: rounds + 1, budgetPerRound: budget } };
}
