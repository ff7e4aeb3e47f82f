/**
 * Join codes: what a team at its own computer types to play the same lesson as the class —
 * the level, the seed, the number of rounds, the budget and (since v2) which team it is, e.g.
 * "8GG3-P21J-2KX": the teacher's screen shows one code per team, so the pupil's screen can say
 * "you are team 3" and the plan code it sends back says whose plan it is. Team names are not
 * in the code (they are the teacher's, and the only personal data a lesson keeps). The level is
 * named by a hash of its id, so a computer whose game has other levels says "unknown level"
 * instead of playing a wrong one. Pure.
 *
 * Bits, v1: header 3 | level-id hash 8 | seed size 2 | seed 8·(size+1) | rounds−1 3 | budget 7 | padding | CRC-16.
 * Bits, v2: the same, then team−1 4 before the padding.
 */
import { BitReader, BitWriter } from './bits';
import { frameCode, framedLength, unframeCode, type CodeFailure } from './code-frame';
import { checkHeader, HEADER_BITS, JOIN_CODE_V1, JOIN_CODE_V2 } from './code-header';
import { fnv1a } from './fingerprint';
import { lessonSettings, MAX_LESSON_TEAMS, type LessonSettings } from './settings';

const LEVEL_BITS = 8;
const ROUNDS_BITS = 3;
const BUDGET_BITS = 7;
/** The team's index (0 = team 1); a lesson has at most MAX_LESSON_TEAMS. */
export const TEAM_BITS = 4;
/** Characters in the shortest join code (v1, a seed below 256). */
const SHORTEST = framedLength(HEADER_BITS + LEVEL_BITS + 2 + 8 + ROUNDS_BITS + BUDGET_BITS);

function levelHash(levelId: string): number {
  return fnv1a(levelId) % 2 ** LEVEL_BITS;
}

/**
 * The join code of a lesson; with `team` (0 = team 1), the code of that team. Throws a
 * RangeError on settings no lesson can have (check them first).
 */
export function encodeJoinCode(settings: LessonSettings, levelIds: readonly string[], team?: number): string {
  const parsed = lessonSettings.safeParse(settings);
  if (!parsed.success) throw new RangeError(`these lesson settings cannot be put in a code: ${parsed.error.message}`);
  if (!levelIds.includes(settings.levelId)) throw new RangeError(`there is no level "${settings.levelId}" in this game`);
  if (team !== undefined && !(Number.isInteger(team) && team >= 0 && team < MAX_LESSON_TEAMS)) {
    throw new RangeError(`a lesson has teams 1 to ${MAX_LESSON_TEAMS}, not ${team + 1}`);
  }
  const w = new BitWriter();
  w.write(team === undefined ? JOIN_CODE_V1 : JOIN_CODE_V2, HEADER_BITS);
  w.write(levelHash(settings.levelId), LEVEL_BITS);
  const bytes = settings.seed < 2 ** 8 ? 1 : settings.seed < 2 ** 16 ? 2 : settings.seed < 2 ** 24 ? 3 : 4;
  w.write(bytes - 1, 2);
  w.write(settings.seed, bytes * 8);
  w.write(settings.rounds - 1, ROUNDS_BITS);
  w.write(settings.budgetPerRound, BUDGET_BITS);
  if (team !== undefined) w.write(team, TEAM_BITS);
  return frameCode(w.bits);
}

/** `team` (0 = team 1) is there when the code is a team's own (v2); a v1 code names no team. */
export type JoinCodeRead = { ok: true; settings: LessonSettings; team?: number };

export function decodeJoinCode(code: string, levelIds: readonly string[]): JoinCodeRead | CodeFailure {
  const framed = unframeCode(code, SHORTEST);
  if (!framed.ok) return framed;
  const r = new BitReader(framed.bits);
  const header = checkHeader(r, 'join');
  if (!header.ok) return header;
  const hash = r.read(LEVEL_BITS);
  const size = r.read(2);
  const seed = size === undefined ? undefined : r.read((size + 1) * 8);
  const rounds = r.read(ROUNDS_BITS);
  const budget = r.read(BUDGET_BITS);
  const team = header.version === JOIN_CODE_V2 ? r.read(TEAM_BITS) : -1;
  if (hash === undefined || seed === undefined || rounds === undefined || budget === undefined || team === undefined || team >= MAX_LESSON_TEAMS || !r.onlyZerosLeft()) {
    return { ok: false, code: 'typo', reason: 'the code does not add up: a character is mistyped, missing or extra' };
  }
  const levelId = levelIds.find((id) => levelHash(id) === hash);
  if (levelId === undefined) {
    return { ok: false, code: 'unknownLevel', reason: "the code's level is not in this game (is it the same version as the teacher's?)" };
  }
  const settings = { levelId, seed, rounds: rounds + 1, budgetPerRound: budget };
  return team < 0 ? { ok: true, settings } : { ok: true, settings, team };
}
